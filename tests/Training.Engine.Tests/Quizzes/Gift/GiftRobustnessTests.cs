using System.Text;
using Training.Engine.Quizzes.Gift;
using Training.TestSupport;

namespace Training.Engine.Tests.Quizzes.Gift;

/// <summary>Mutated and hostile inputs: the parser must return (never throw) and finish promptly.</summary>
public sealed class GiftRobustnessTests
{
    private static readonly TimeSpan s_perInput = TimeSpan.FromSeconds(10);

    [Test]
    public void Truncations_of_corpus_files_never_throw()
    {
        var folder = RepositoryPaths.RequireShared("corpora/gift-pegjs/tests/questions");
        var inputs = 0;
        foreach (var file in Directory.GetFiles(folder, "*.gift"))
        {
            var text = File.ReadAllText(file);
            var step = Math.Max(1, text.Length / 40);
            for (var length = 0; length <= text.Length; length += step)
            {
                AssertParses(text[..length]);
                AssertParses(text[length..]);
                inputs += 2;
            }
        }

        Assert.That(inputs, Is.GreaterThan(100));
    }

    [Test]
    public void Random_bytes_and_characters_never_throw()
    {
        var random = new Random(1234);
        const string Alphabet = "{}~=#:\\%[]->@$/ \n\r\tabcTRUEFALSE0123456789.é«»\u00A0\uFEFF\uD800";
        for (var i = 0; i < 400; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            AssertParses(Encoding.UTF8.GetString(bytes));

            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertParses(new string(chars));
        }
    }

    [TestCase("{")]
    [TestCase("}")]
    [TestCase("::")]
    [TestCase("::a")]
    [TestCase("{@")]
    [TestCase("{@x")]
    [TestCase("{#")]
    [TestCase("{#..}")]
    [TestCase("{#:}")]
    [TestCase("{####}")]
    [TestCase("{~%%}")]
    [TestCase("{=->}")]
    [TestCase("\\")]
    [TestCase("$CATEGORY:")]
    [TestCase("// [id:")]
    [TestCase("::a::{T#}")]
    public void Small_malformed_inputs_never_throw(string gift) => AssertParses(gift);

    [Test]
    public void Very_long_lines_and_deep_nesting_finish_quickly()
    {
        AssertParses("::Long::" + new string('a', 1_000_000) + "{=b ~c}");
        AssertParses(string.Concat(Enumerable.Repeat("\\\\", 500_000)) + "{T}");
        AssertParses(new string('{', 200_000) + new string('}', 200_000));
        AssertParses("Q {" + string.Concat(Enumerable.Repeat("~a ", 300_000)) + "=b}");
        AssertParses(string.Concat(Enumerable.Repeat("#", 500_000)) + "{" + string.Concat(Enumerable.Repeat("####", 100_000)) + "}");
        AssertParses(string.Concat(Enumerable.Repeat("::Q::T{T}\n\n", 50_000)));
        AssertParses(string.Concat(Enumerable.Repeat("::", 300_000)));
        AssertParses("// " + string.Concat(Enumerable.Repeat("[id:[tag:\\]", 100_000)) + "\nQ{T}");
    }

    private static void AssertParses(string gift)
    {
        var task = Task.Run(() => GiftParser.Parse(gift, "fuzz.gift"));
        Assert.That(task.Wait(s_perInput), Is.True, () => $"Parsing took longer than {s_perInput} for an input of {gift.Length} characters.");
        Assert.That(task.Result, Is.Not.Null);
    }
}
