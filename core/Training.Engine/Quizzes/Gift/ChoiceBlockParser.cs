using System.Globalization;
using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads <c>{=right ~wrong ~%50%half}</c>. A block with an <c>=</c> is single choice; one with
/// only <c>~</c> answers is multiple choice, whose positive weights must add up to 100 % as
/// Moodle requires when it saves the question.
/// </summary>
internal static class ChoiceBlockParser
{
    public static ChoiceQuestion? Parse(GiftHeader header, ReadOnlySpan<char> block, int origin, IGiftReporter reporter)
    {
        var errorsBefore = reporter.ErrorCount;
        var choices = new List<Choice>();
        var multiple = true;
        foreach (var segment in GiftSegment.Split(block, '~', '='))
        {
            var raw = block[segment.Start..segment.End];
            if (segment.Marker == '\0')
            {
                var stray = GiftSyntax.Trim(raw, out var leading);
                if (!stray.IsEmpty)
                {
                    reporter.Error(
                        DiagnosticCodes.GiftTextBeforeFirstAnswer,
                        origin + segment.Start + leading,
                        "Text comes before the first answer of this choice block.",
                        "Start every answer with = (right) or ~ (wrong).");
                }

                continue;
            }

            multiple &= segment.Marker != '=';
            var answer = GiftAnswer.Read(raw, origin + segment.Start, segment.Marker == '=' ? 1 : 0, header.Format, reporter);
            answer.ReportIfEmpty(reporter);
            choices.Add(new Choice(answer.Text, answer.Fraction, answer.Feedback));
        }

        if (choices.Count < 2)
        {
            reporter.Error(
                DiagnosticCodes.GiftTooFewChoices,
                origin,
                $"A choice question needs at least two choices; this one has {choices.Count}.",
                "Add choices, each starting with = (right) or ~ (wrong).");
        }
        else if (multiple)
        {
            CheckPositiveWeights(choices, origin, reporter);
        }
        else if (MaxFraction(choices) < 1 - 1e-7)
        {
            reporter.Error(
                DiagnosticCodes.GiftNoFullMarkAnswer,
                origin,
                "No choice of this single-choice question earns full marks.",
                "Mark the right choice with = and no weight.");
        }

        if (reporter.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new ChoiceQuestion
        {
            Id = header.Id,
            Title = header.Title,
            Text = header.Text,
            Format = header.Format,
            GeneralFeedback = header.GeneralFeedback,
            Tags = header.Tags,
            Category = header.Category,
            Multiple = multiple,
            Choices = choices,
        };
    }

    private static void CheckPositiveWeights(List<Choice> choices, int origin, IGiftReporter reporter)
    {
        var total = 0.0;
        foreach (var choice in choices)
        {
            if (choice.Fraction > 0)
            {
                total += choice.Fraction;
            }
        }

        // Moodle rounds the sum to two decimals, so three %33.33333% make 100 %.
        var percent = Math.Round(total * 100, 2);
        if (Math.Abs(percent - 100) > 0.5)
        {
            reporter.Error(
                DiagnosticCodes.GiftWeightsDoNotAddUp,
                origin,
                string.Create(CultureInfo.InvariantCulture, $"The positive weights of this multiple-choice question add up to {percent}%, not 100%."),
                "Give the right choices weights that add up to 100%, e.g. ~%50%a ~%50%b, or mark a single right choice with =.");
        }
    }

    private static double MaxFraction(List<Choice> choices)
    {
        var max = double.NegativeInfinity;
        foreach (var choice in choices)
        {
            max = Math.Max(max, choice.Fraction);
        }

        return max;
    }
}
