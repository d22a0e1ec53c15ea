using System.Security.Cryptography;
using System.Text.Json;
using Training.Engine.Certificates;
using Training.Engine.Modules;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <summary>
/// The learning records: trainees, enrolments, lessons, quiz attempts, progress, certificates and
/// module upgrades. Every action is one transaction that appends its events and updates the
/// projections, then commits before returning; a refused action throws
/// <see cref="LearningRecordsException"/> and records nothing. Thread-safe when the store is.
/// </summary>
public sealed partial class LearningRecords
{
    private readonly ILearningStore _store;
    private readonly ModuleCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly ICertificateIssuer? _issuer;

    /// <summary>Creates the records façade.</summary>
    /// <param name="store">Where records are kept.</param>
    /// <param name="catalog">The installed modules: progress is computed against their current versions.</param>
    /// <param name="time">The clock (<see cref="TimeProvider.System"/> in production).</param>
    /// <param name="issuer">Signs certificates when a track is completed; without one, tracks complete but no certificate is issued.</param>
    public LearningRecords(ILearningStore store, ModuleCatalog catalog, TimeProvider time, ICertificateIssuer? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _catalog = catalog;
        _time = time;
        _issuer = issuer;
    }

    /// <summary>How many events are recorded (for operators and tests).</summary>
    /// <returns>The count.</returns>
    public long CountEvents() => _store.Read(reader => reader.CountEvents());

    /// <summary>The recorded events, oldest first, for one trainee or all (xAPI export, audits).</summary>
    /// <param name="traineeId">The trainee, or null for all.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<LearningEvent> ListEvents(string? traineeId = null) =>
        _store.Read(reader => reader.ListEvents(traineeId is null ? null : TraineeInput.Id(traineeId)));

    private static string Json(object data) => JsonSerializer.Serialize(data);

    private static long NewSeed() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;

    private static Trainee RequireTrainee(ILearningReader reader, string traineeId) =>
        reader.FindTrainee(traineeId)
        ?? throw LearningRecordsException.NotFound($"There is no trainee '{traineeId}'. Add one first (trainee add), or check the id with the trainee list.");

    private LoadedModule RequireModule(string moduleId) =>
        _catalog.FindLoaded(moduleId)
        ?? throw LearningRecordsException.NotFound($"Module '{moduleId}' is not installed or failed to load. Install it, or check the id with the module list.");

    private static long Append(ILearningWriter writer, string kind, string traineeId, LoadedModule? module, string? itemId, long? attemptId, string? data, DateTimeOffset at) =>
        writer.AppendEvent(new LearningEvent(0, at, kind, traineeId, module?.Id, module?.Version, itemId, attemptId, data));

    private void RequirePrerequisites(LoadedModule module, TraineeSnapshot snapshot)
    {
        var missing = module.Prerequisites.Where(id => !snapshot.IsModuleCompleted(id)).ToList();
        if (missing.Count > 0)
        {
            throw LearningRecordsException.Refused(
                $"Trainee '{snapshot.Trainee.Id}' must first complete {string.Join(", ", missing.Select(id => $"'{id}'"))}: module '{module.Id}' lists {(missing.Count == 1 ? "it" : "them")} as prerequisites.");
        }
    }
}
