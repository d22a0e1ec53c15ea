using Training.Engine.Certificates;
using Training.Engine.Manifests;
using Training.Engine.Modules;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Storage;

namespace Training.Engine.Records;

/// <content>Completion: modules, then tracks, then certificates, all inside the caller's transaction.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// Marks complete every module (the touched one and those of enrolled tracks) whose items are
    /// all done, then every enrolled track whose modules are, issuing certificates.
    /// </summary>
    private ActionOutcome Propagate(ILearningWriter writer, TraineeSnapshot snapshot, LoadedModule? touched, DateTimeOffset now, bool recorded)
    {
        var modulesCompleted = new List<string>();
        var tracksCompleted = new List<string>();
        var certificates = new List<string>();
        foreach (var module in ModulesToCheck(snapshot, touched))
        {
            if (snapshot.IsModuleCompleted(module.Id) || !ModuleEvaluation.Of(module, snapshot).AllItemsDone)
            {
                continue;
            }

            Append(writer, LearningEventKinds.ModuleCompleted, snapshot.Trainee.Id, module, null, null, null, now);
            var previous = snapshot.Modules.GetValueOrDefault(module.Id);
            var row = new ModuleStatusRow(snapshot.Trainee.Id, module.Id, true, now, module.Version, previous?.ResetEventId ?? 0, previous?.ResetVersion);
            writer.UpsertModuleStatus(row);
            snapshot.Put(row);
            modulesCompleted.Add(module.Id);
        }

        foreach (var enrolment in snapshot.Enrolments)
        {
            if (_catalog.FindTrack(enrolment.TrackId) is not { } track
                || snapshot.Tracks.GetValueOrDefault(track.Track.Id) is { Completed: true }
                || !track.Track.Modules.All(snapshot.IsModuleCompleted))
            {
                continue;
            }

            Append(writer, LearningEventKinds.TrackCompleted, snapshot.Trainee.Id, null, track.Track.Id, null, null, now);
            var certificate = CertificateFor(writer, snapshot, track, now, force: false);
            if (certificate is { Fresh: true })
            {
                certificates.Add(certificate.Value.Id);
            }

            var status = new TrackStatusRow(snapshot.Trainee.Id, track.Track.Id, true, now, certificate?.Id ?? snapshot.Tracks.GetValueOrDefault(track.Track.Id)?.CertificateId);
            writer.UpsertTrackStatus(status);
            snapshot.Put(status);
            tracksCompleted.Add(track.Track.Id);
        }

        return new ActionOutcome(recorded, modulesCompleted, tracksCompleted, certificates);
    }

    private IEnumerable<LoadedModule> ModulesToCheck(TraineeSnapshot snapshot, LoadedModule? touched)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (touched is not null && seen.Add(touched.Id))
        {
            yield return touched;
        }

        foreach (var enrolment in snapshot.Enrolments)
        {
            foreach (var moduleId in _catalog.FindTrack(enrolment.TrackId)?.Track.Modules ?? [])
            {
                if (seen.Add(moduleId) && _catalog.FindLoaded(moduleId) is { } module)
                {
                    yield return module;
                }
            }
        }
    }

    /// <summary>
    /// The certificate for a completed track: the trainee's still-valid one, or a new one when there is
    /// none (first completion, or completed again after expiry) or when <paramref name="force"/> asks for recertification.
    /// </summary>
    private (string Id, bool Fresh)? CertificateFor(ILearningWriter writer, TraineeSnapshot snapshot, CatalogTrack track, DateTimeOffset now, bool force)
    {
        if (_issuer is null)
        {
            return null;
        }

        if (!force && snapshot.Certificates.LastOrDefault(c => c.TrackId == track.Track.Id && c.IsValidAt(now)) is { } valid)
        {
            return (valid.Id, false);
        }

        DateTimeOffset? expires = IsoPeriod.TryParse(track.Track.Validity, out var validity) ? validity.AddTo(now) : null;
        var issued = _issuer.Issue(new CertificateRequest(
            snapshot.Trainee.Id, snapshot.Trainee.Name, snapshot.Trainee.Email, track.Track.Id, track.Track.Title, track.Track.Description, now, expires));
        var record = new CertificateRecord(issued.Id, snapshot.Trainee.Id, track.Track.Id, issued.IssuedAt, issued.ExpiresAt, issued.Credential);
        writer.InsertCertificate(record);
        snapshot.Certificates.Add(record);
        Append(writer, LearningEventKinds.CertificateIssued, snapshot.Trainee.Id, null, track.Track.Id, null, Json(new { certificate = issued.Id, expiresAt = issued.ExpiresAt }), now);
        return (issued.Id, true);
    }
}
