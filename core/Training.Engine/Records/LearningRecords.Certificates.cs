using Training.Engine.Records.Certificates;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>Certificates.</content>
public sealed partial class LearningRecords
{
    /// <summary>A trainee's certificates, oldest first.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee.</exception>
    public IReadOnlyList<CertificateRecord> ListCertificates(string traineeId)
    {
        var id = TraineeInput.Id(traineeId);
        return _store.Read(reader =>
        {
            RequireTrainee(reader, id);
            return reader.ListCertificates(id);
        });
    }

    /// <summary>Finds a certificate by id.</summary>
    /// <param name="certificateId">The id.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="LearningRecordsException">No such certificate (NotFound).</exception>
    public CertificateRecord GetCertificate(string certificateId)
    {
        ArgumentNullException.ThrowIfNull(certificateId);
        return _store.Read(reader => reader.FindCertificate(certificateId))
            ?? throw LearningRecordsException.NotFound($"There is no certificate '{certificateId}'. List a trainee's certificates to find its id.");
    }

    /// <summary>Certificates that expire between now and now + <paramref name="within"/>, soonest first (reminders).</summary>
    /// <param name="within">How far ahead to look.</param>
    /// <returns>The certificates.</returns>
    public IReadOnlyList<CertificateRecord> ListExpiringCertificates(TimeSpan within)
    {
        if (within < TimeSpan.Zero)
        {
            throw LearningRecordsException.Invalid("The look-ahead for expiring certificates must not be negative.");
        }

        var now = _time.GetUtcNow();
        return _store.Read(reader => reader.ListCertificatesExpiring(now, now + within));
    }

    /// <summary>Issues a new certificate for a track the trainee has completed (recertification on request).</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="trackId">The completed track.</param>
    /// <returns>The new certificate.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee or track; track not completed or no issuer configured (Refused).</exception>
    public CertificateRecord Recertify(string traineeId, string trackId)
    {
        var id = TraineeInput.Id(traineeId);
        ArgumentNullException.ThrowIfNull(trackId);
        var track = _catalog.FindTrack(trackId) ?? throw LearningRecordsException.NotFound($"There is no track '{trackId}'.");
        if (_issuer is null)
        {
            throw LearningRecordsException.Refused("No certificate issuer is configured, so no certificate can be issued. Configure the issuer's signing key first.");
        }

        return _store.Write(writer =>
        {
            var snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, id));
            if (snapshot.Tracks.GetValueOrDefault(trackId) is not { Completed: true } status)
            {
                throw LearningRecordsException.Refused($"Trainee '{id}' has not completed track '{trackId}', so there is nothing to recertify. Complete the track first.");
            }

            var now = _time.GetUtcNow();
            var issued = CertificateFor(writer, snapshot, track, now, force: true)!.Value;
            writer.UpsertTrackStatus(status with { CertificateId = issued.Id });
            return snapshot.Certificates[^1];
        });
    }
}
