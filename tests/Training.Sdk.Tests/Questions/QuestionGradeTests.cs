using Training.Sdk.Questions;

namespace Training.Sdk.Tests.Questions;

public sealed class QuestionGradeTests
{
    [TestCase(1.0, GradeOutcome.Correct)]
    [TestCase(1.5, GradeOutcome.Correct)]
    [TestCase(0.5, GradeOutcome.Partial)]
    [TestCase(0.0, GradeOutcome.Incorrect)]
    [TestCase(-0.3, GradeOutcome.Incorrect)]
    public void Outcome_follows_the_clamped_fraction(double fraction, GradeOutcome expected)
    {
        var grade = QuestionGrade.FromFraction(fraction);

        Assert.That(grade.Outcome, Is.EqualTo(expected));
        Assert.That(grade.Fraction, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Not_a_number_grades_as_zero()
    {
        Assert.That(QuestionGrade.FromFraction(double.NaN).Fraction, Is.Zero);
    }

    [Test]
    public void Pending_has_no_credit_yet()
    {
        var grade = QuestionGrade.Pending("waiting");

        Assert.That(grade.Outcome, Is.EqualTo(GradeOutcome.Pending));
        Assert.That(grade.Fraction, Is.Zero);
        Assert.That(grade.Feedback, Is.EqualTo("waiting"));
    }

    [Test]
    public void Numerical_answer_accepts_within_tolerance_and_catch_all()
    {
        var answer = new NumericalAnswer(3.14, 0.01, 1);

        Assert.That(answer.Accepts(3.15), Is.True);
        Assert.That(answer.Accepts(3.16), Is.False);
        Assert.That(new NumericalAnswer(null, 0, 0).Accepts(-1e9), Is.True);
    }
}
