using Training.Engine.Quizzes.Grading;

namespace Training.Engine.Tests.Quizzes.Grading;

public sealed class ShortAnswerMatcherTests
{
    [TestCase("Seine", "seine", false, true)]
    [TestCase("Seine", "seine", true, false)]
    [TestCase("été", "ete", false, false)]
    [TestCase("ÉTÉ", "été", false, true)]
    [TestCase("la Seine", "*Seine", false, true)]
    [TestCase("Seine", "*Seine", false, true)]
    [TestCase("la Seine à Paris", "*Seine*", false, true)]
    [TestCase("abcabd", "a*b*d", false, true)]
    [TestCase("abcabc", "a*b*d", false, false)]
    [TestCase("anything", "*", false, true)]
    [TestCase("ab", "a**b", false, true)]
    [TestCase("a*b", "a\\*b", false, true)]
    [TestCase("axb", "a\\*b", false, false)]
    [TestCase("Seine river", "Seine", false, false)]
    [TestCase("aba", "ab*ba", false, false)]
    public void Matches_like_moodle(string response, string pattern, bool caseSensitive, bool expected)
    {
        Assert.That(ShortAnswerMatcher.Matches(response, pattern, caseSensitive), Is.EqualTo(expected));
    }
}
