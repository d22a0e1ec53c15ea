using Training.Engine.Records.Certificates;

namespace Training.Engine.Records;

/// <content>Certificates due for renewal.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// The certificates whose holders must recertify: each trainee's latest certificate for a track
    /// when it expires within <paramref name="within"/> from now, or expired no longer than
    /// <paramref name="within"/> ago. A certificate already followed by a newer one for the same
    /// trainee and track is left out (that trainee has recertified). Soonest expiry first.
    /// </summary>
    /// <param name="within">How far ahead (and back) to look.</param>
    /// <returns>The certificates, with their holder's name and the days left.</returns>
    /// <exception cref="LearningRecordsException">A negative window (Invalid).</exception>
    public IReadOnlyList<CertificateDue> ListCertificatesDue(TimeSpan within)
    {
        if (within < TimeSpan.Zero)
        {
            throw LearningRecordsException.Invalid("The window for expiring certificates must not be negative.");
        }

        var now = _time.GetUtcNow();
        return _store.Read(reader =>
        {
            var due = new List<CertificateDue>();
            var trainees = new Dictionary<string, (string Name, IReadOnlyList<CertificateRecord> All)>(StringComparer.Ordinal);
            foreach (var certificate in reader.ListCertificatesExpiring(now - within, now + within))
            {
                if (!trainees.TryGetValue(certificate.TraineeId, out var holder))
                {
                    holder = (reader.FindTrainee(certificate.TraineeId)?.Name ?? certificate.TraineeId, reader.ListCertificates(certificate.TraineeId));
                    trainees[certificate.TraineeId] = holder;
                }

                if (holder.All.LastOrDefault(c => c.TrackId == certificate.TrackId) is { } latest && latest.Id != certificate.Id)
                {
                    continue;
                }

                var days = (int)Math.Floor((certificate.ExpiresAt!.Value - now).TotalDays);
                due.Add(new CertificateDue(certificate, holder.Name, days));
            }

            return due;
        });
    }
}
