namespace Training.Web.Learning;

/// <summary>Where a quiz page stands.</summary>
internal enum QuizPhase
{
    Introduction,
    Answering,
    Result,
}
