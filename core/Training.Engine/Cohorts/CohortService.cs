using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.Engine.Reports.Cohorts;

namespace Training.Engine.Cohorts;

/// <summary>
/// Cohorts: groups of trainees following one track, optionally by a deadline. Every change is one
/// transaction on the learning records: a refused change (<see cref="LearningRecordsException"/>)
/// records nothing, and members are always enrolled in the cohort's track.
/// </summary>
public sealed class CohortService
{
    private readonly LearningRecords _records;

    /// <summary>Creates the service over the learning records (their store, modules and clock).</summary>
    /// <param name="records">The records.</param>
    public CohortService(LearningRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = records;
    }

    private ILearningStore Store => _records.Store;

    private ModuleCatalog Catalog => _records.Catalog;

    /// <summary>Creates a cohort.</summary>
    /// <param name="id">The id (any case; stored lower-cased).</param>
    /// <param name="trackId">The track its members follow.</param>
    /// <param name="title">A title, or null.</param>
    /// <param name="deadline">The deadline as <c>YYYY-MM-DD</c>, or null.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="LearningRecordsException">Invalid input, unknown or broken track (NotFound, Refused), or the id is taken (Conflict).</exception>
    public Cohort Create(string id, string trackId, string? title = null, string? deadline = null)
    {
        var cohortId = CohortInput.Id(id);
        var cleanTitle = CohortInput.Title(title);
        var day = CohortInput.Deadline(deadline);
        RequireTrack(trackId);
        var cohort = new Cohort(cohortId, trackId, cleanTitle, day, _records.Time.GetUtcNow(), 0);
        return Store.Write(writer =>
        {
            if (writer.FindCohort(cohortId) is not null)
            {
                throw new LearningRecordsException(LearningRecordsErrorKind.Conflict, $"Cohort '{cohortId}' already exists. Choose another id, or add trainees to it.");
            }

            writer.InsertCohort(cohort);
            return cohort;
        });
    }

    /// <summary>Finds a cohort.</summary>
    /// <param name="id">The id (any case).</param>
    /// <returns>The cohort with its member count.</returns>
    /// <exception cref="LearningRecordsException">Invalid id, or no such cohort (NotFound).</exception>
    public Cohort Get(string id)
    {
        var cohortId = CohortInput.Id(id);
        return Store.Read(reader => RequireCohort(reader, cohortId));
    }

    /// <summary>Every cohort, by id, with its member count.</summary>
    /// <returns>The cohorts.</returns>
    public IReadOnlyList<Cohort> List() => Store.Read(reader => reader.ListCohorts());

    /// <summary>
    /// Adds existing trainees to a cohort and enrols them in its track (those already enrolled stay
    /// as they are; those already members are reported, not refused). All or nothing.
    /// </summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="traineeIds">The trainees.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="LearningRecordsException">Unknown cohort or trainee (NotFound), invalid id, or no trainee given (Invalid).</exception>
    public CohortChange Add(string cohortId, IEnumerable<string> traineeIds)
    {
        ArgumentNullException.ThrowIfNull(traineeIds);
        var id = CohortInput.Id(cohortId);
        var trainees = traineeIds.Select(TraineeInput.Id).Distinct(StringComparer.Ordinal).ToList();
        if (trainees.Count == 0)
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, "Give at least one trainee to add to the cohort.");
        }

        return Store.Write(writer =>
        {
            var cohort = RequireCohort(writer, id);
            RequireTrack(cohort.TrackId);
            var missing = trainees.Where(t => writer.FindTrainee(t) is null).ToList();
            if (missing.Count > 0)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.NotFound,
                    $"There is no trainee {string.Join(", ", missing.Select(t => $"'{t}'"))}: nothing was added. Add them first (trainees add), or import them with a roster file (cohorts import).");
            }

            var now = _records.Time.GetUtcNow();
            var change = new ChangeBuilder(cohort.Id);
            foreach (var traineeId in trainees)
            {
                Join(writer, cohort, writer.FindTrainee(traineeId)!, now, change);
            }

            return change.Build();
        });
    }

    /// <summary>
    /// Checks a roster file (<c>id,name,email</c> header, then one trainee a line) against the records
    /// without changing anything.
    /// </summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="roster">The file's text.</param>
    /// <returns>Every problem, by line (the header is line 1); empty when the file can be imported.</returns>
    /// <exception cref="LearningRecordsException">Invalid or unknown cohort.</exception>
    public IReadOnlyList<RosterProblem> CheckRoster(string cohortId, TextReader roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var id = CohortInput.Id(cohortId);
        var (rows, problems) = RosterReader.Read(roster);
        return Store.Read(reader =>
        {
            RequireCohort(reader, id);
            return Conflicts(reader, rows, problems);
        });
    }

    /// <summary>
    /// Imports a roster file: creates the trainees that do not exist, adds everyone to the cohort and
    /// enrols them in its track, in one transaction. A file with any bad line is refused whole, and the
    /// refusal names every bad line (the header is line 1): missing id or name, invalid id or e-mail,
    /// an id or e-mail repeated in the file, an existing trainee whose name or e-mail differs, an
    /// e-mail that belongs to another trainee, or a wrong header.
    /// </summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="roster">The file's text.</param>
    /// <param name="fileName">The file's name, for the refusal message.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="LearningRecordsException">A bad file (Invalid), or an unknown cohort (NotFound).</exception>
    public CohortChange Import(string cohortId, TextReader roster, string fileName = "the roster")
    {
        ArgumentNullException.ThrowIfNull(roster);
        var id = CohortInput.Id(cohortId);
        var (rows, fileProblems) = RosterReader.Read(roster);
        return Store.Write(writer =>
        {
            var cohort = RequireCohort(writer, id);
            RequireTrack(cohort.TrackId);
            var problems = Conflicts(writer, rows, fileProblems);
            if (problems.Count > 0)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.Invalid,
                    $"{fileName} was refused, nothing was imported: {string.Join("; ", problems)}.");
            }

            if (rows.Count == 0)
            {
                throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"{fileName} has no trainee after its header: nothing was imported.");
            }

            var now = _records.Time.GetUtcNow();
            var change = new ChangeBuilder(cohort.Id);
            foreach (var row in rows)
            {
                var trainee = writer.FindTrainee(row.Id);
                if (trainee is null)
                {
                    trainee = new Trainee(row.Id, row.Name, row.Email, now);
                    LearningRecords.InsertTraineeWithin(writer, trainee);
                    change.Created.Add(trainee.Id);
                }

                Join(writer, cohort, trainee, now, change);
            }

            return change.Build();
        });
    }

    /// <summary>The progress report of a cohort, as of now (statuses: <see cref="CohortStatus"/>).</summary>
    /// <param name="cohortId">The cohort.</param>
    /// <param name="language">The language of module titles (<c>fr</c> or <c>en</c>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="LearningRecordsException">Unknown cohort (NotFound) or a track that cannot be followed (Refused).</exception>
    public CohortReport Report(string cohortId, string language = "fr")
    {
        var id = CohortInput.Id(cohortId);
        var now = _records.Time.GetUtcNow();
        return Store.Read(reader =>
        {
            var cohort = RequireCohort(reader, id);
            var track = RequireTrack(cohort.TrackId);
            return CohortReportBuilder.Build(reader, cohort, track, Catalog, now, language);
        });
    }

    private static List<RosterProblem> Conflicts(ILearningReader reader, List<RosterRow> rows, List<RosterProblem> fileProblems)
    {
        var problems = new List<RosterProblem>(fileProblems);
        foreach (var row in rows)
        {
            var existing = reader.FindTrainee(row.Id);
            if (existing is not null)
            {
                var messages = new List<string>();
                if (!string.Equals(existing.Name, row.Name, StringComparison.Ordinal))
                {
                    messages.Add($"trainee '{row.Id}' exists with the name '{existing.Name}', not '{row.Name}'");
                }

                if (row.Email is not null && !string.Equals(existing.Email, row.Email, StringComparison.OrdinalIgnoreCase))
                {
                    messages.Add($"trainee '{row.Id}' exists with the e-mail '{existing.Email ?? "(none)"}', not '{row.Email}'");
                }

                if (messages.Count > 0)
                {
                    problems.Add(new RosterProblem(row.Line, string.Join(", ", messages)));
                }
            }
            else if (row.Email is not null && reader.FindTraineeByEmail(row.Email) is { } other)
            {
                problems.Add(new RosterProblem(row.Line, $"the e-mail '{row.Email}' already belongs to trainee '{other.Id}'"));
            }
        }

        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return problems;
    }

    private void Join(ILearningWriter writer, Cohort cohort, Trainee trainee, DateTimeOffset now, ChangeBuilder change)
    {
        if (writer.IsCohortMember(cohort.Id, trainee.Id))
        {
            change.AlreadyMembers.Add(trainee.Id);
        }
        else
        {
            writer.InsertCohortMember(cohort.Id, trainee.Id, now);
            change.Added.Add(trainee.Id);
        }

        if (_records.EnrollWithin(writer, trainee, cohort.TrackId, now))
        {
            change.Enrolled.Add(trainee.Id);
        }
    }

    private static Cohort RequireCohort(ILearningReader reader, string cohortId) =>
        reader.FindCohort(cohortId)
        ?? throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There is no cohort '{cohortId}'. Create it first (cohorts create), or check the id with the cohort list.");

    private CatalogTrack RequireTrack(string trackId)
    {
        ArgumentNullException.ThrowIfNull(trackId);
        var track = Catalog.FindTrack(trackId)
            ?? throw new LearningRecordsException(
                LearningRecordsErrorKind.NotFound,
                $"There is no track '{trackId}'. Known tracks: {string.Join(", ", Catalog.Tracks.Select(t => t.Track.Id).DefaultIfEmpty("(none)"))}.");
        return track.IsValid
            ? track
            : throw new LearningRecordsException(LearningRecordsErrorKind.Refused, $"Track '{trackId}' cannot be followed: {string.Join("; ", track.Problems)}. Install the missing modules first.");
    }

    private sealed class ChangeBuilder(string cohortId)
    {
        public List<string> Added { get; } = [];

        public List<string> AlreadyMembers { get; } = [];

        public List<string> Created { get; } = [];

        public List<string> Enrolled { get; } = [];

        public CohortChange Build() => new(cohortId, Added, AlreadyMembers, Created, Enrolled);
    }
}
