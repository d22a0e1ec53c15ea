using System.Text;
using Training.Engine.Quizzes.Gift;
using Training.Engine.Text;
using Training.Sdk.Questions;
using Training.TestSupport.Html;

namespace Training.Engine.Tests.Text;

/// <summary>
/// Every text field of every GIFT question type carries each XSS payload, in each of GIFT's four formats,
/// through the real parser: each field arrives intact and comes out of <see cref="ContentHtml"/> safe.
/// </summary>
public sealed class QuizHtmlTests
{
    // How many of each question's fields hold the payload: every field of each question type.
    private static readonly Dictionary<string, int> s_expectedFields = new()
    {
        ["choice"] = 5,
        ["multiple"] = 4,
        ["truefalse"] = 4,
        ["short"] = 3,
        ["numerical"] = 2,
        ["essay"] = 2,
        ["description"] = 1,
        ["matching"] = 3,
    };

    private static readonly string[] s_formatPrefixes = ["[html]", "[markdown]", "[moodle]", "[plain]"];

    [TestCaseSource(typeof(XssCorpus), nameof(XssCorpus.Cases))]
    public void A_payload_in_any_quiz_text_field_is_parsed_intact_and_rendered_safe(string payload)
    {
        var p = Escape(payload);

        // GIFT cannot escape '->': an answer block holding one reads as matching pairs, as in Moodle.
        var arrow = payload.Contains("->", StringComparison.Ordinal);
        foreach (var prefix in s_formatPrefixes)
        {
            var gift = new StringBuilder()
                .Append(CultureInfo($"::Choice::{prefix}{p}{{\n={p}#{p}\n~autre#{p}\n####{p}\n}}\n\n"))
                .Append(CultureInfo($"::Multiple::{prefix}{p}{{\n~%50%{p}#{p}\n~%50%b\n~%-100%c#{p}\n}}\n\n"))
                .Append(CultureInfo($"::TrueFalse::{prefix}{p}{{T#{p}#{p}####{p}}}\n\n"))
                .Append(arrow ? string.Empty : CultureInfo($"::Short::{prefix}{p}{{={p}#{p} =autre}}\n\n"))
                .Append(CultureInfo($"::Numerical::{prefix}{p}{{#3:1#{p}}}\n\n"))
                .Append(CultureInfo($"::Essay::{prefix}{p}{{####{p}}}\n\n"))
                .Append(CultureInfo($"::Description::{prefix}{p}\n\n"))
                .Append(arrow ? string.Empty : CultureInfo($"::Matching::{prefix}{p}{{\n={p} -> droite\n=gauche -> {p}\n=x -> y\n}}\n"))
                .ToString();

            var result = GiftParser.Parse(gift, "xss.gift");

            Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty, gift);
            Assert.That(result.Questions.Select(q => q.Id), Is.EqualTo(s_expectedFields.Keys.Where(k => !arrow || k is not ("short" or "matching"))), gift);
            foreach (var question in result.Questions)
            {
                var fields = Fields(question).ToList();
                Assert.That(fields.Count(f => f.Text == payload), Is.EqualTo(s_expectedFields[question.Id]), () => $"{question.Id}: the payload did not reach every field intact\n{gift}");
                foreach (var (name, text) in fields)
                {
                    SafeHtml.AssertSafe(ContentHtml.Default.ToHtml(text, question.Format), $"{question.Id} {name} [{question.Format}]");
                }
            }
        }
    }

    /// <summary>Every text a quiz page shows for a question: text, options, feedback, general feedback.</summary>
    private static IEnumerable<(string Name, string Text)> Fields(Question question)
    {
        yield return ("text", question.Text);
        if (question.GeneralFeedback is { } general)
        {
            yield return ("general feedback", general);
        }

        var answers = question switch
        {
            ChoiceQuestion choice => choice.Choices,
            ShortAnswerQuestion shortAnswer => shortAnswer.Answers,
            _ => [],
        };
        foreach (var answer in answers)
        {
            yield return ("option", answer.Text);
            if (answer.Feedback is { } feedback)
            {
                yield return ("feedback", feedback);
            }
        }

        if (question is TrueFalseQuestion trueFalse)
        {
            foreach (var feedback in new[] { trueFalse.FeedbackWhenRight, trueFalse.FeedbackWhenWrong }.OfType<string>())
            {
                yield return ("feedback", feedback);
            }
        }

        if (question is NumericalQuestion numerical)
        {
            foreach (var feedback in numerical.Answers.Select(a => a.Feedback).OfType<string>())
            {
                yield return ("feedback", feedback);
            }
        }

        if (question is MatchingQuestion matching)
        {
            foreach (var pair in matching.Pairs)
            {
                yield return ("pair", pair.Left);
                yield return ("pair", pair.Right);
            }
        }
    }

    /// <summary>GIFT escapes for its special characters, and <c>\n</c> for a line break (a blank line would end the question).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var character in text)
        {
            switch (character)
            {
                case '\\' or ':' or '#' or '=' or '{' or '}' or '~':
                    escaped.Append('\\').Append(character);
                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    escaped.Append(character);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
