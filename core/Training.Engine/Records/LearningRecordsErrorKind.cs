namespace Training.Engine.Records;

/// <summary>Why a learning-records operation was refused, for callers that map it to an exit code or an HTTP status.</summary>
public enum LearningRecordsErrorKind
{
    /// <summary>A trainee, track, module, lesson, quiz, attempt or certificate does not exist.</summary>
    NotFound,

    /// <summary>An input is malformed: an id, an e-mail, a name or an answer sheet.</summary>
    Invalid,

    /// <summary>A learning rule forbids the action: prerequisites, attempts used up, time over.</summary>
    Refused,

    /// <summary>The action clashes with what is recorded: a duplicate trainee or enrolment, a closed attempt.</summary>
    Conflict,
}
