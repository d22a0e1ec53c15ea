using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Review;
using Training.Engine.Records.Storage;
using Training.Sdk.Questions;

namespace Training.Engine.Records;

/// <content>Per-question results and the essay review queue.</content>
public sealed partial class LearningRecords
{
    /// <summary>Essay answers waiting for a grade, oldest submission first.</summary>
    /// <returns>The queue.</returns>
    public IReadOnlyList<PendingEssay> ListPendingEssays() =>
        _store.Read(reader => reader.ListPendingEssays())
            .Select(row => new PendingEssay(row.AttemptId, row.TraineeId, row.ModuleId, row.QuizId, row.ModuleVersion, row.QuestionId, row.MaxScore, row.Answer, row.SubmittedAt))
            .ToList();

    /// <summary>
    /// Grades a pending essay answer and, in the same transaction, records an <c>essay-graded</c> event,
    /// updates the attempt's score, percent and pass (an attempt passes only once none of its essays is
    /// pending, against the installed quiz's pass mark), then completes modules and tracks and issues
    /// certificates as any other recorded action does.
    /// </summary>
    /// <param name="attemptId">The attempt.</param>
    /// <param name="questionId">The essay question.</param>
    /// <param name="score">The points given, 0 to the question's points.</param>
    /// <param name="feedback">Feedback for the trainee, or null.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="LearningRecordsException">Unknown attempt or question, module not installed (NotFound); not an essay or score out of range (Invalid); already graded (Conflict).</exception>
    public EssayGradeResult GradeEssay(long attemptId, string questionId, double score, string? feedback = null)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        if (double.IsNaN(score) || double.IsInfinity(score))
        {
            throw LearningRecordsException.Invalid($"The score must be a number of points, not '{score}'.");
        }

        feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        return _store.Write(writer =>
        {
            var attempt = writer.FindAttempt(attemptId)
                ?? throw LearningRecordsException.NotFound($"There is no quiz attempt {attemptId}. See the review list for the attempts waiting for a grade.");
            var results = writer.FindAttemptResults(attemptId)
                ?? throw LearningRecordsException.NotFound($"Attempt {attemptId} has no recorded answers to grade (it is {(attempt.State == AttemptState.Open ? "still open" : "not submitted")}, or was made before answers were kept).");
            var index = IndexOf(results.Questions, questionId);
            if (index < 0)
            {
                throw LearningRecordsException.NotFound($"Attempt {attemptId} ({attempt.ModuleId}/{attempt.QuizId}) has no question '{questionId}'. Its questions: {string.Join(", ", results.Questions.Select(q => q.QuestionId))}.");
            }

            var essay = writer.FindEssayAnswer(attemptId, questionId)
                ?? throw LearningRecordsException.Invalid(NotAwaitingReview(attempt, results.Questions[index]));
            if (essay.GradedAt is { } gradedAt)
            {
                throw LearningRecordsException.Conflict($"The essay '{questionId}' of attempt {attemptId} was already graded ({essay.Score:0.##}/{essay.MaxScore:0.##} on {gradedAt:u}). A grade is final.");
            }

            if (score < 0 || score > essay.MaxScore + 1e-9)
            {
                throw LearningRecordsException.Invalid($"The score for '{questionId}' must be between 0 and {essay.MaxScore:0.##} points; got {score:0.##}.");
            }

            var (module, quiz) = RequireQuiz(attempt.ModuleId, attempt.QuizId);
            var snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, attempt.TraineeId));
            var now = _time.GetUtcNow();

            var questions = results.Questions.ToArray();
            questions[index] = questions[index] with { Score = score, Result = ResultOf(score, essay.MaxScore) };
            var updated = results with { Questions = questions };
            var total = questions.Sum(q => q.Score);
            var max = questions.Sum(q => q.MaxScore);
            var ratio = max > 0 ? total / max : 1;
            var pendingLeft = questions.Count(q => q.Result == GradeResults.Pending);
            var graded = attempt with
            {
                Score = Math.Round(total, 6),
                MaxScore = max,
                Percent = Math.Round(ratio * 100, 2, MidpointRounding.AwayFromZero),
                Passed = pendingLeft == 0 && ratio >= quiz.Settings.PassMark - 1e-9,
                AwaitingReview = pendingLeft > 0,
            };

            writer.AppendEvent(new LearningEvent(
                0, now, LearningEventKinds.EssayGraded, attempt.TraineeId, attempt.ModuleId, attempt.ModuleVersion, attempt.QuizId, attempt.Id,
                Json(new { question = questionId, score, maxScore = essay.MaxScore, feedback, attemptScore = graded.Score, percent = graded.Percent, passed = graded.Passed })));
            writer.UpsertEssayAnswer(essay with { Score = score, Feedback = feedback, GradedAt = now });
            writer.UpsertAttemptResults(updated);
            writer.UpsertAttempt(graded);
            snapshot.Put(graded);
            var outcome = Propagate(writer, snapshot, module, now, recorded: true);
            var standing = ModuleEvaluation.QuizStanding(quiz.Id, quiz.Settings, snapshot.CountingAttempts(module.Id, quiz.Id));
            return new EssayGradeResult(attemptId, questionId, score, essay.MaxScore, graded.Score!.Value, max, graded.Percent!.Value, graded.Passed, pendingLeft, standing.Passed, outcome);
        });
    }

    /// <summary>Keeps a submitted attempt's per-question results, and each non-blank essay for review.</summary>
    private static void KeepQuestionResults(ILearningWriter writer, AttemptRow attempt, QuizGradeResult grade, JsonElement sheet, DateTimeOffset now)
    {
        var rows = grade.Questions.Select(q => new QuestionResultRow(q.Id, q.Score, q.MaxScore, q.Result)).ToArray();
        writer.UpsertAttemptResults(new AttemptResultsRow(attempt.Id, attempt.TraineeId, attempt.ModuleId, attempt.QuizId, attempt.ModuleVersion, rows));
        foreach (var question in grade.Questions)
        {
            if (question.Result == GradeResults.Pending
                && sheet.TryGetProperty(question.Id, out var answer)
                && answer.ValueKind == JsonValueKind.String)
            {
                writer.UpsertEssayAnswer(new EssayAnswerRow(
                    attempt.Id, question.Id, attempt.TraineeId, attempt.ModuleId, attempt.QuizId, attempt.ModuleVersion, answer.GetString()!, question.MaxScore, now, null, null, null));
            }
        }
    }

    private string NotAwaitingReview(AttemptRow attempt, QuestionResultRow result)
    {
        var isEssay = _catalog.FindLoaded(attempt.ModuleId)?.FindQuiz(attempt.QuizId)?.GetQuestions(attempt.Language)
            .Any(q => q.Id == result.QuestionId && q.Type == QuestionTypeIds.Essay) == true;
        return isEssay
            ? $"The essay '{result.QuestionId}' of attempt {attempt.Id} was left blank and graded {result.Score:0.##} automatically; there is nothing to review."
            : $"Question '{result.QuestionId}' of attempt {attempt.Id} is not an essay: it was graded automatically ({result.Result}). Only essays are graded by hand.";
    }

    private static int IndexOf(IReadOnlyList<QuestionResultRow> questions, string questionId)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i].QuestionId == questionId)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ResultOf(double score, double maxScore) =>
        score >= maxScore - 1e-9 ? GradeResults.Correct : score <= 0 ? GradeResults.Incorrect : GradeResults.Partial;
}
