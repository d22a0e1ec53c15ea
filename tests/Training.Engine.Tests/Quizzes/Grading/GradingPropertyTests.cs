using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Training.Engine.Quizzes.Grading;

// FsCheck supplies the arguments of [FsCheck.NUnit.Property] methods, which NUnit's analyzer cannot see.
#pragma warning disable NUnit1027

namespace Training.Engine.Tests.Quizzes.Grading;

public sealed class GradingPropertyTests
{
    private static readonly string[] s_texts = ["Paris", "Lyon", "Marseille", "Afrique", "Asie", "Chine", "été", "ete", "x", "", "Rome", "Madrid", "Berlin"];

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Score_is_within_zero_and_max_for_random_answers() =>
        Prop.ForAll(Sheets().ToArbitrary(), sheet =>
        {
            using var document = JsonDocument.Parse(sheet);
            var result = QuizGrader.Grade(QuizTestData.Quiz(), "fr", document.RootElement);
            return result.Score >= 0 && result.Score <= result.MaxScore
                && result.Percent is >= 0 and <= 100
                && result.Questions.All(q => q.Score >= 0 && q.Score <= q.MaxScore);
        });

    private static Gen<string> Sheets()
    {
        var text = Gen.Elements(s_texts);
        var capitale = text.Select(t => t is "Paris" or "Lyon" or "Marseille" ? t : "Paris");
        var continents = Gen.SubListOf(new[] { "Afrique", "Asie", "Chine" });
        var number = Gen.Choose(-1000, 1000).Select(n => n / 100.0);
        var pays = Gen.SubListOf(new[] { "France", "Italie", "Espagne" })
            .SelectMany(lefts => Gen.ListOf(Gen.Elements("Paris", "Rome", "Madrid", "Berlin"), lefts.Count)
                .Select(rights => lefts.Zip(rights).ToDictionary(p => p.First, p => p.Second)));
        return from c in capitale
               from m in continents
               from b in Gen.Elements(true, false)
               from s in text
               from n in number
               from p in pays
               from skip in Gen.Choose(0, 63)
               select JsonSerializer.Serialize(new Dictionary<string, object?>
               {
                   ["capitale"] = (skip & 1) == 0 ? c : null,
                   ["continents"] = (skip & 2) == 0 ? m : null,
                   ["plate"] = (skip & 4) == 0 ? b : null,
                   ["saison"] = (skip & 8) == 0 ? s : null,
                   ["pi"] = (skip & 16) == 0 ? n : null,
                   ["pays"] = (skip & 32) == 0 ? p : null,
               });
    }
}
