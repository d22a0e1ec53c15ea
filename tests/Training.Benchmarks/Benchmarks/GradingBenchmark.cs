using System.Text.Json;
using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Quizzes;
using Training.Engine.Quizzes.Gift;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Content;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// Grading (#3) in answers per second on one core: whole answer sheets graded by
/// <see cref="QuizGrader"/> (every built-in type, feedback included), against checking the same
/// answers for exact equality with the right sheet.
/// </summary>
internal sealed class GradingBenchmark : IBenchmark
{
    public string Name => "quizzes.grade";

    public int Order => 31;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var parsed = GiftParser.Parse(GiftSamples.Quiz(1, english: false), "bench.gift", QuestionTypeRegistry.BuiltInOnly);
        if (parsed.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException("The grading quiz does not parse: " + string.Join("; ", parsed.Diagnostics));
        }

        var quiz = new Quiz { Id = "bench", Questions = parsed.Questions };
        var questions = quiz.Questions;
        var key = AnswerSheets.For(questions, _ => true);

        // Right sheets, wrong sheets, and every mix in between, so each grading path runs.
        var sheets = Enumerable.Range(0, 64).Select(s => AnswerSheets.For(questions, i => ((s >> (i % 6)) & 1) == 0)).ToList();
        var answers = sheets.Sum(AnswerSheets.Count);

        void Grade()
        {
            foreach (var sheet in sheets)
            {
                QuizGrader.Grade(quiz, LocalizedText.French, sheet);
            }
        }

        void Compare()
        {
            var same = 0;
            foreach (var sheet in sheets)
            {
                foreach (var answer in sheet.EnumerateObject())
                {
                    same += JsonElement.DeepEquals(answer.Value, key.GetProperty(answer.Name)) ? 1 : 0;
                }
            }

            GC.KeepAlive(same);
        }

        var repetitions = Throughput.Repetitions(Grade, TimeSpan.FromMilliseconds(300), context.Scale);
        var (graded, compared) = Sampler.Compare(Throughput.Repeat(Grade, repetitions), Throughput.Repeat(Compare, repetitions), context.Warmups, context.Runs);
        var count = (double)answers * repetitions;
        return
        [
            new Figure(
                $"Grading, {questions.Count(q => q.Type != "description")}-question sheets (every built-in type)",
                Measurement.Rate(count, graded.OneCoreMedian, MeasurementUnit.PerSecond, "QuizGrader.Grade of parsed JSON sheets (answers read, graded with partial credit and feedback, totals), answers per second of the grading thread's CPU time (one core)", graded.Count),
                Measurement.Rate(count, compared.OneCoreMedian, MeasurementUnit.PerSecond, "the same answers compared with the right sheet (JsonElement.DeepEquals), same clock", compared.Count),
                Goal.AtLeast(1_000_000, MeasurementUnit.PerSecond, "grading at least 1,000,000 answers per second on one core", "#3"))
            {
                Note = $"Per second of wall time, which on a shared machine also counts waiting for a core: {count / graded.Median.TotalSeconds:N0} answers/s against {count / compared.Median.TotalSeconds:N0} /s.",
            }
            .ExplainMiss("Why: each answer is read from JSON and checked against its question (a wrong shape is an error naming the question), graded with Moodle's partial credit, and its feedback combined with the general feedback; a sheet also builds its id index and totals. The baseline only compares the same JSON values. What would fix it: read each sheet once into the question order without the intermediate dictionary, and skip feedback strings when the caller does not show them."),
        ];
    }
}
