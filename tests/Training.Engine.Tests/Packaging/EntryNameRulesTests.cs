using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

public sealed class EntryNameRulesTests
{
    [TestCase("module.yaml")]
    [TestCase("lessons/why-reviews.en.md")]
    [TestCase("media/")]
    [TestCase("assets/carte région.png")]
    public void Accepts_plain_relative_names(string name) => Assert.That(EntryNameRules.FindProblem(name), Is.Null);

    [TestCase("", "empty")]
    [TestCase("../x", "'..'")]
    [TestCase("a/./b", "'.'")]
    [TestCase("a//b", "empty path segment")]
    [TestCase("/etc/passwd", "absolute")]
    [TestCase("C:/x", "drive letter")]
    [TestCase("c:x", "drive letter")]
    [TestCase("a\\b", "backslash")]
    [TestCase("a\nb", "control character")]
    [TestCase("lessons/a:b", "':'")]
    [TestCase("lessons/con.md", "reserved Windows device name")]
    [TestCase("lessons/a.", "ending with a dot")]
    [TestCase("lessons/a ", "ending with a dot or a space")]
    public void Refuses_names_that_could_escape_or_do_not_travel(string name, string reason) =>
        Assert.That(EntryNameRules.FindProblem(name), Does.Contain(reason));

    [Test]
    public void Resolves_only_inside_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "root");

        Assert.Multiple(() =>
        {
            Assert.That(EntryNameRules.TryResolveInside(root, "a/b.md", out var inside), Is.True);
            Assert.That(inside, Is.EqualTo(Path.Combine(root, "a", "b.md")));
            Assert.That(EntryNameRules.TryResolveInside(root, "../rootless/x", out _), Is.False);
            Assert.That(EntryNameRules.TryResolveInside(root, "a/../..", out _), Is.False);
        });
    }
}
