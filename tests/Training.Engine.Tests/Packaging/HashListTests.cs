using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

public sealed class HashListTests
{
    private static readonly string s_hashA = new('a', 64);
    private static readonly string s_hashB = new('b', 64);

    [Test]
    public void Formats_sorted_sha256sum_lines()
    {
        var text = HashList.Format(new Dictionary<string, string> { ["z.md"] = s_hashA, ["B.md"] = s_hashB, ["a/b.md"] = s_hashA });

        Assert.That(text, Is.EqualTo($"{s_hashB}  B.md\n{s_hashA}  a/b.md\n{s_hashA}  z.md\n"));
    }

    [Test]
    public void Parses_what_it_formats()
    {
        var problems = new List<string>();

        var parsed = HashList.Parse($"{s_hashA}  module.yaml\n{s_hashB.ToUpperInvariant()}  lessons/a b.md\n", problems);

        Assert.That(problems, Is.Empty);
        Assert.That(parsed, Is.EquivalentTo(new Dictionary<string, string> { ["module.yaml"] = s_hashA, ["lessons/a b.md"] = s_hashB }));
    }

    [TestCase("abc  module.yaml", "line 1 is not")]
    [TestCase("{0} module.yaml", "line 1 is not")]
    [TestCase("{0}  ../x", "'..'")]
    [TestCase("{0}  a.md\n{0}  A.md", "line 2 lists 'A.md' a second time")]
    public void Reports_each_bad_line(string template, string expected)
    {
        var problems = new List<string>();

        HashList.Parse(template.Replace("{0}", s_hashA, StringComparison.Ordinal), problems);

        Assert.That(problems, Has.Some.Contains(expected));
    }
}
