namespace Training.Engine.Records.Events;

/// <summary>The kinds of <see cref="LearningEvent"/>.</summary>
public static class LearningEventKinds
{
    /// <summary>A trainee was registered.</summary>
    public const string TraineeAdded = "trainee-added";

    /// <summary>A trainee was enrolled in a track (item = track id).</summary>
    public const string Enrolled = "enrolled";

    /// <summary>A lesson was completed (item = lesson id).</summary>
    public const string LessonCompleted = "lesson-completed";

    /// <summary>A quiz attempt started (item = quiz id; data = seed, deadline). Its id is the attempt's id.</summary>
    public const string AttemptStarted = "attempt-started";

    /// <summary>A quiz attempt was submitted and graded (data = score, maxScore, percent, passed, and per question: id, score, maxScore, result, response).</summary>
    public const string AttemptSubmitted = "attempt-submitted";

    /// <summary>A quiz attempt was submitted after its time limit and closed ungraded.</summary>
    public const string AttemptExpired = "attempt-expired";

    /// <summary>A module was completed.</summary>
    public const string ModuleCompleted = "module-completed";

    /// <summary>A coordinator applied a breaking upgrade: the module's completion starts over.</summary>
    public const string ModuleReset = "module-reset";

    /// <summary>A track was completed (item = track id).</summary>
    public const string TrackCompleted = "track-completed";

    /// <summary>A certificate was issued (item = track id; data = certificate id).</summary>
    public const string CertificateIssued = "certificate-issued";

    /// <summary>A coordinator graded an essay answer (item = quiz id; data = question, score, feedback and the attempt's new grade).</summary>
    public const string EssayGraded = "essay-graded";
}
