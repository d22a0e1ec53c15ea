using Training.Engine.Records.Certificates;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records.Progress;

/// <summary>Everything recorded for one trainee, loaded with a handful of indexed queries and kept in step while a unit of work writes.</summary>
internal sealed class TraineeSnapshot
{
    // (module, lesson) is the key of lesson_progress: one row each, found without a scan of all of them
    // (module completion checks ask for every lesson of every track module after each action).
    private readonly Dictionary<(string ModuleId, string LessonId), LessonProgressRow> _lessonIndex = [];

    private TraineeSnapshot(Trainee trainee, ILearningReader reader)
    {
        Trainee = trainee;
        Enrolments = [.. reader.ListEnrolments(trainee.Id)];
        Lessons = [.. reader.ListLessonProgress(trainee.Id)];
        foreach (var row in Lessons)
        {
            _lessonIndex[(row.ModuleId, row.LessonId)] = row;
        }

        Attempts = [.. reader.ListAttempts(trainee.Id)];
        Modules = reader.ListModuleStatuses(trainee.Id).ToDictionary(row => row.ModuleId, StringComparer.Ordinal);
        Tracks = reader.ListTrackStatuses(trainee.Id).ToDictionary(row => row.TrackId, StringComparer.Ordinal);
        Certificates = [.. reader.ListCertificates(trainee.Id)];
    }

    public Trainee Trainee { get; }

    public List<Enrolment> Enrolments { get; }

    /// <summary>The trainee's lesson rows; change them through <see cref="PutLesson"/> only.</summary>
    public List<LessonProgressRow> Lessons { get; }

    public List<AttemptRow> Attempts { get; }

    public Dictionary<string, ModuleStatusRow> Modules { get; }

    public Dictionary<string, TrackStatusRow> Tracks { get; }

    public List<CertificateRecord> Certificates { get; }

    public static TraineeSnapshot Load(ILearningReader reader, Trainee trainee) => new(trainee, reader);

    /// <summary>Progress recorded at or before this event id no longer counts (a breaking upgrade was applied).</summary>
    public long ResetOf(string moduleId) => Modules.TryGetValue(moduleId, out var row) ? row.ResetEventId : 0;

    public bool IsModuleCompleted(string moduleId) => Modules.TryGetValue(moduleId, out var row) && row.Completed;

    public bool IsLessonDone(string moduleId, string lessonId) =>
        _lessonIndex.TryGetValue((moduleId, lessonId), out var row) && row.EventId > ResetOf(moduleId);

    /// <summary>Records a lesson row in the snapshot, replacing the one for the same lesson.</summary>
    public void PutLesson(LessonProgressRow row)
    {
        if (_lessonIndex.TryGetValue((row.ModuleId, row.LessonId), out var previous))
        {
            Lessons.Remove(previous);
        }

        Lessons.Add(row);
        _lessonIndex[(row.ModuleId, row.LessonId)] = row;
    }

    /// <summary>The attempts that count: those started after the module's last reset, oldest first.</summary>
    public List<AttemptRow> CountingAttempts(string moduleId, string quizId)
    {
        var reset = ResetOf(moduleId);
        return Attempts.FindAll(row => row.ModuleId == moduleId && row.QuizId == quizId && row.Id > reset);
    }

    public void Put(ModuleStatusRow row) => Modules[row.ModuleId] = row;

    public void Put(TrackStatusRow row) => Tracks[row.TrackId] = row;

    public void Put(AttemptRow row)
    {
        var index = Attempts.FindIndex(existing => existing.Id == row.Id);
        if (index >= 0)
        {
            Attempts[index] = row;
        }
        else
        {
            Attempts.Add(row);
        }
    }
}
