using System.Text.Json;
using Training.Engine.Modules;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Quizzes.Presentation;
using Training.Engine.Quizzes.Rules;
using Training.Engine.Records.Attempts;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.Sdk.Content;

namespace Training.Engine.Records;

/// <content>Quiz attempts: start, submit, or both at once.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// Starts an interactive attempt, or resumes the trainee's open one while its time lasts (so a
    /// crashed session does not burn an attempt). An open attempt whose time ran out is closed as expired first.
    /// </summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <param name="seed">The shuffle seed, or null for a random one.</param>
    /// <param name="language">The language the trainee answers in.</param>
    /// <returns>The attempt and the questions to show.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee, module or quiz; prerequisites missing or no attempts left (Refused).</exception>
    public AttemptStart StartAttempt(string traineeId, string moduleId, string quizId, long? seed = null, string language = LocalizedText.French)
    {
        var id = TraineeInput.Id(traineeId);
        var (module, quiz) = RequireQuiz(moduleId, quizId);
        var newSeed = seed ?? NewSeed();
        var (row, resumed, left) = _store.Write(writer =>
        {
            var snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, id));
            RequirePrerequisites(module, snapshot);
            var (attempt, wasOpen) = OpenAttempt(writer, snapshot, module, quiz, newSeed, language, _time.GetUtcNow());
            return (attempt, wasOpen, QuizAttempts.AttemptsLeft(quiz.Settings.Attempts, snapshot.CountingAttempts(module.Id, quiz.Id).Count));
        });
        var questions = QuizPresenter.Present(quiz, row.Language, row.Seed, _catalog.QuestionTypes);
        return new AttemptStart(row.Id, row.Number, row.Seed, row.StartedAt, row.Deadline, left, resumed, questions);
    }

    /// <summary>
    /// Submits an open attempt's answer sheet and records its grade. A submission after the time
    /// limit is refused and the attempt is closed as expired (that closing is recorded).
    /// </summary>
    /// <param name="attemptId">The attempt, from <see cref="StartAttempt"/>.</param>
    /// <param name="sheet">The answers, <c>{ "questionId": answer }</c>.</param>
    /// <returns>The grade and where the quiz stands.</returns>
    /// <exception cref="LearningRecordsException">Unknown attempt (NotFound); malformed sheet (Invalid); too late (Refused); already closed (Conflict).</exception>
    public AttemptResult SubmitAttempt(long attemptId, JsonElement sheet)
    {
        var outcome = _store.Write(writer =>
        {
            var row = writer.FindAttempt(attemptId)
                ?? throw LearningRecordsException.NotFound($"There is no quiz attempt {attemptId}. Start one first.");
            var (module, quiz) = RequireQuiz(row.ModuleId, row.QuizId);
            var snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, row.TraineeId));
            if (row.State != AttemptState.Open)
            {
                throw LearningRecordsException.Conflict($"Attempt {attemptId} is already {(row.State == AttemptState.Submitted ? "submitted" : "closed as expired")}. Start a new attempt.");
            }

            var now = _time.GetUtcNow();
            if (!QuizTimer.IsWithinLimit(quiz.Settings.TimeLimit, row.StartedAt, now))
            {
                // The refusal is itself a fact worth keeping: the attempt is over and counted.
                Expire(writer, snapshot, row, now);
                return (Result: (AttemptResult?)null, Late: row);
            }

            var grade = GradeSheet(quiz, row.Language, sheet);
            return (Result: Submit(writer, snapshot, module, quiz, row, grade, sheet, now), Late: row);
        });
        return outcome.Result ?? throw LearningRecordsException.Refused(
            $"Attempt {attemptId} was submitted after its time limit ({outcome.Late.Deadline:u} was the deadline); it is closed as expired and counts as used. Start a new attempt if any are left.");
    }

    /// <summary>Takes a quiz in one go: starts (or resumes) an attempt and submits the sheet, atomically.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <param name="sheet">The answers, <c>{ "questionId": answer }</c>.</param>
    /// <param name="seed">The shuffle seed, or null for a random one.</param>
    /// <param name="language">The language the trainee answered in.</param>
    /// <returns>The grade and where the quiz stands.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee, module or quiz; malformed sheet; prerequisites missing or no attempts left.</exception>
    public AttemptResult TakeQuiz(string traineeId, string moduleId, string quizId, JsonElement sheet, long? seed = null, string language = LocalizedText.French)
    {
        var id = TraineeInput.Id(traineeId);
        var (module, quiz) = RequireQuiz(moduleId, quizId);
        var newSeed = seed ?? NewSeed();
        return _store.Write(writer =>
        {
            var snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, id));
            RequirePrerequisites(module, snapshot);
            var now = _time.GetUtcNow();
            var (row, _) = OpenAttempt(writer, snapshot, module, quiz, newSeed, language, now);
            var grade = GradeSheet(quiz, row.Language, sheet);
            return Submit(writer, snapshot, module, quiz, row, grade, sheet, now);
        });
    }

    private (LoadedModule Module, Quiz Quiz) RequireQuiz(string moduleId, string quizId)
    {
        ArgumentNullException.ThrowIfNull(quizId);
        var module = RequireModule(moduleId);
        var quiz = module.FindQuiz(quizId)
            ?? throw LearningRecordsException.NotFound($"Module '{moduleId}' (version {module.Version}) has no quiz '{quizId}'. Its quizzes: {string.Join(", ", module.Quizzes.Select(q => q.Id).DefaultIfEmpty("(none)"))}.");
        return (module, quiz);
    }

    private QuizGradeResult GradeSheet(Quiz quiz, string language, JsonElement sheet)
    {
        try
        {
            return QuizGrader.Grade(quiz, language, sheet, _catalog.QuestionTypes);
        }
        catch (AnswerSheetException exception)
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, exception.Message + " Nothing was recorded; fix the answer sheet and submit again.", exception);
        }
    }

    private static (AttemptRow Row, bool Resumed) OpenAttempt(
        ILearningWriter writer, TraineeSnapshot snapshot, LoadedModule module, Quiz quiz, long seed, string language, DateTimeOffset now)
    {
        var counting = snapshot.CountingAttempts(module.Id, quiz.Id);
        if (counting.LastOrDefault(a => a.State == AttemptState.Open) is { } open)
        {
            if (open.Deadline is not { } deadline || now <= deadline)
            {
                return (open, true);
            }

            Expire(writer, snapshot, open, now);
        }

        if (!QuizAttempts.CanAttempt(quiz.Settings.Attempts, counting.Count))
        {
            throw LearningRecordsException.Refused(
                $"Trainee '{snapshot.Trainee.Id}' has used all {quiz.Settings.Attempts} attempts at quiz '{module.Id}/{quiz.Id}'. A coordinator can reset the module by applying a breaking upgrade; otherwise no attempt is left.");
        }

        var deadlineAt = QuizTimer.Deadline(quiz.Settings.TimeLimit, now);
        var number = counting.Count + 1;
        var eventId = Append(writer, LearningEventKinds.AttemptStarted, snapshot.Trainee.Id, module, quiz.Id, null, Json(new { number, seed, language, deadline = deadlineAt }), now);
        var row = new AttemptRow(eventId, snapshot.Trainee.Id, module.Id, quiz.Id, module.Version, number, seed, language, now, deadlineAt, AttemptState.Open, null, null, null, null, false);
        writer.UpsertAttempt(row);
        snapshot.Put(row);
        return (row, false);
    }

    private static void Expire(ILearningWriter writer, TraineeSnapshot snapshot, AttemptRow open, DateTimeOffset now)
    {
        writer.AppendEvent(new LearningEvent(0, now, LearningEventKinds.AttemptExpired, open.TraineeId, open.ModuleId, open.ModuleVersion, open.QuizId, open.Id, null));
        var closed = open with { State = AttemptState.Expired, SubmittedAt = now };
        writer.UpsertAttempt(closed);
        snapshot.Put(closed);
    }

    private AttemptResult Submit(ILearningWriter writer, TraineeSnapshot snapshot, LoadedModule module, Quiz quiz, AttemptRow row, QuizGradeResult grade, JsonElement sheet, DateTimeOffset now)
    {
        // The event carries the version the attempt was made on: attempts stay pinned to it.
        writer.AppendEvent(new LearningEvent(
            0, now, LearningEventKinds.AttemptSubmitted, row.TraineeId, row.ModuleId, row.ModuleVersion, row.QuizId, row.Id,
            Json(new { score = grade.Score, maxScore = grade.MaxScore, percent = grade.Percent, passed = grade.Passed, questions = SubmittedQuestions(grade, sheet) })));
        var submitted = row with
        {
            State = AttemptState.Submitted,
            SubmittedAt = now,
            Score = grade.Score,
            MaxScore = grade.MaxScore,
            Percent = grade.Percent,
            Passed = grade.Passed,
            AwaitingReview = grade.Questions.Any(q => q.Result == GradeResults.Pending),
        };
        writer.UpsertAttempt(submitted);
        snapshot.Put(submitted);
        KeepQuestionResults(writer, submitted, grade, sheet, now);
        var outcome = Propagate(writer, snapshot, module, now, recorded: true);
        var counting = snapshot.CountingAttempts(module.Id, quiz.Id);
        var standing = ModuleEvaluation.QuizStanding(quiz.Id, quiz.Settings, counting);
        return new AttemptResult(
            grade.Score, grade.MaxScore, grade.Percent, grade.Passed, grade.Questions, row.Id, row.Number,
            QuizAttempts.AttemptsLeft(quiz.Settings.Attempts, counting.Count), standing.Passed, outcome);
    }

    // Per-question results and answers stay in the event so exports (xAPI "answered") need no other table.
    private static object[] SubmittedQuestions(QuizGradeResult grade, JsonElement sheet) =>
        grade.Questions.Select(q => (object)new
        {
            id = q.Id,
            score = q.Score,
            maxScore = q.MaxScore,
            result = q.Result,
            response = sheet.ValueKind == JsonValueKind.Object && sheet.TryGetProperty(q.Id, out var answer)
                ? (answer.ValueKind == JsonValueKind.String ? answer.GetString() : answer.GetRawText())
                : null,
        }).ToArray();
}
