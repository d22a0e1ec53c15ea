using System.Globalization;
using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads <c>{#3.14}</c>, <c>{#3.14:0.01}</c>, <c>{#1..5}</c> and <c>{#=%100%3:0 =%50%3:1 ~#catch-all feedback}</c>.
/// A range is stored as its midpoint and half-width, as Moodle does.
/// </summary>
internal static class NumericalBlockParser
{
    public static NumericalQuestion? Parse(GiftHeader header, ReadOnlySpan<char> block, int origin, IGiftReporter reporter)
    {
        var errorsBefore = reporter.ErrorCount;

        // The block starts with '#'.
        var body = block[1..];
        var bodyOrigin = origin + 1;
        var tilde = GiftSyntax.IndexOfUnescaped(body, '~');
        var wrongPart = tilde < 0 ? ReadOnlySpan<char>.Empty : body[(tilde + 1)..];
        var answersPart = tilde < 0 ? body : body[..tilde];

        var answers = new List<NumericalAnswer>();
        foreach (var segment in GiftSegment.Split(answersPart, '=', '='))
        {
            var raw = answersPart[segment.Start..segment.End];
            if (segment.Marker == '\0' && GiftSyntax.Trim(raw).IsEmpty)
            {
                continue;
            }

            var answer = GiftAnswer.Read(raw, bodyOrigin + segment.Start, 1, header.Format, reporter);
            if (TryReadValue(answer, reporter, out var value, out var tolerance))
            {
                answers.Add(new NumericalAnswer(value, tolerance, answer.Fraction, answer.Feedback));
            }
        }

        if (answers.Count == 0 && reporter.ErrorCount == errorsBefore)
        {
            reporter.Error(
                DiagnosticCodes.GiftNoNumericalAnswer,
                origin,
                "This numerical question has no answer.",
                "Write the number after #, e.g. {#3.14}, {#3.14:0.01} or {#1..5}.");
        }

        if (tilde >= 0)
        {
            // Moodle's catch-all: any other number, no credit, with the feedback after '#'.
            var hash = GiftSyntax.IndexOfUnescaped(wrongPart, '#');
            var feedback = hash < 0 ? null : GiftText.ParseOptional(wrongPart[(hash + 1)..]);
            answers.Add(new NumericalAnswer(null, 0, 0, feedback));
        }

        var max = double.NegativeInfinity;
        foreach (var answer in answers)
        {
            max = Math.Max(max, answer.Fraction);
        }

        if (answers.Count > 0 && max < 1 - 1e-7 && reporter.ErrorCount == errorsBefore)
        {
            reporter.Error(
                DiagnosticCodes.GiftNoFullMarkAnswer,
                origin,
                "No answer of this numerical question earns full marks.",
                "Give at least one answer no weight (=3.14) or %100%.");
        }

        if (reporter.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new NumericalQuestion
        {
            Id = header.Id,
            Title = header.Title,
            Text = header.Text,
            Format = header.Format,
            GeneralFeedback = header.GeneralFeedback,
            Tags = header.Tags,
            Category = header.Category,
            Answers = answers,
        };
    }

    private static bool TryReadValue(GiftAnswer answer, IGiftReporter reporter, out double? value, out double tolerance)
    {
        var text = answer.Text.AsSpan();
        value = null;
        tolerance = 0;
        if (text.Length == 0)
        {
            answer.ReportIfEmpty(reporter);
            return false;
        }

        var range = text.IndexOf("..");
        if (range > 0)
        {
            if (!TryNumber(text[..range], answer.Offset, reporter, out var min)
                | !TryNumber(text[(range + 2)..], answer.Offset, reporter, out var max))
            {
                return false;
            }

            if (min > max)
            {
                reporter.Error(
                    DiagnosticCodes.GiftInvalidRange,
                    answer.Offset,
                    $"The range {answer.Text} starts above where it ends.",
                    "Write the lower bound first: {#min..max}.");
                return false;
            }

            value = (min + max) / 2;
            tolerance = max - value.Value;
            return true;
        }

        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            if (!TryNumber(text[..colon], answer.Offset, reporter, out var center)
                | !TryNumber(text[(colon + 1)..], answer.Offset, reporter, out tolerance))
            {
                return false;
            }

            if (tolerance < 0)
            {
                reporter.Error(
                    DiagnosticCodes.GiftInvalidRange,
                    answer.Offset,
                    $"The tolerance of {answer.Text} is negative.",
                    "Write the accepted error as a positive number: {#value:tolerance}.");
                return false;
            }

            value = center;
            return true;
        }

        if (text.Trim() is "*")
        {
            return true;
        }

        if (!TryNumber(text, answer.Offset, reporter, out var exact))
        {
            return false;
        }

        value = exact;
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, int offset, IGiftReporter reporter, out double number)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
        {
            return true;
        }

        var hint = trimmed.Contains(',')
            ? "Use a dot as the decimal separator (3.14, not 3,14)."
            : "Write a number such as 42, -1.5 or 6.02e23, a value:tolerance or a min..max range.";
        reporter.Error(DiagnosticCodes.GiftInvalidNumber, offset, $"'{trimmed}' is not a number.", hint);
        return false;
    }
}
