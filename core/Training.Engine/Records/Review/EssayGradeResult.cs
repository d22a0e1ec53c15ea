using Training.Engine.Records.Progress;

namespace Training.Engine.Records.Review;

/// <summary>What grading an essay changed.</summary>
/// <param name="AttemptId">The attempt.</param>
/// <param name="QuestionId">The essay question.</param>
/// <param name="Score">The points given.</param>
/// <param name="MaxScore">The points the question is worth.</param>
/// <param name="AttemptScore">The attempt's new score.</param>
/// <param name="AttemptMaxScore">The attempt's points available.</param>
/// <param name="Percent">The attempt's new grade, 0..100.</param>
/// <param name="Passed">Whether the attempt now passes (false while another essay is pending).</param>
/// <param name="StillPending">How many of the attempt's essays still wait for a grade.</param>
/// <param name="QuizPassed">Whether the quiz is now passed by its grading method.</param>
/// <param name="Outcome">Modules and tracks completed and certificates issued as a result.</param>
public sealed record EssayGradeResult(
    long AttemptId,
    string QuestionId,
    double Score,
    double MaxScore,
    double AttemptScore,
    double AttemptMaxScore,
    double Percent,
    bool Passed,
    int StillPending,
    bool QuizPassed,
    ActionOutcome Outcome);
