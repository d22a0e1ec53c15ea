using System.Globalization;
using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>One weighted answer of a block: <c>%weight%text#feedback</c>.</summary>
internal readonly record struct GiftAnswer(string Text, double Fraction, string? Feedback, int Offset, bool HasWeight)
{
    /// <summary>
    /// Reads an answer after its marker: an optional <c>%n%</c> weight, the text (with an optional
    /// <c>[format]</c>) and, after the first unescaped <c>#</c>, the feedback.
    /// </summary>
    /// <returns>The answer; its text is empty when there was none (the caller reports it).</returns>
    public static GiftAnswer Read(ReadOnlySpan<char> raw, int origin, double defaultFraction, TextFormat format, IGiftReporter reporter)
    {
        var text = GiftSyntax.Trim(raw, out var leading);
        var offset = origin + leading;
        var fraction = defaultFraction;
        var hasWeight = false;
        if (TryReadWeight(text, out var percent, out var length))
        {
            hasWeight = true;
            if (percent is < -100 or > 100 || double.IsNaN(percent))
            {
                reporter.Error(
                    DiagnosticCodes.GiftInvalidWeight,
                    offset,
                    string.Create(CultureInfo.InvariantCulture, $"The weight {percent}% is outside -100%..100%."),
                    "Write a percentage between -100 and 100, e.g. %50% or %-33.33333%.");
            }

            fraction = percent / 100;
            text = text[length..];
            offset += length;
        }

        var hash = GiftSyntax.IndexOfUnescaped(text, '#');
        var answerPart = hash < 0 ? text : text[..hash];
        var feedback = hash < 0 ? null : GiftText.ParseOptional(text[(hash + 1)..]);
        var answer = GiftText.Parse(answerPart, format, out _);
        return new GiftAnswer(answer, fraction, feedback, offset, hasWeight);
    }

    /// <summary>Reads <c>%n%</c> at the start of an answer as Moodle's weight pattern does; anything else is text.</summary>
    public static bool TryReadWeight(ReadOnlySpan<char> text, out double percent, out int length)
    {
        percent = 0;
        length = 0;
        if (text.Length < 3 || text[0] != '%')
        {
            return false;
        }

        var i = 1;
        if (text[i] == '-')
        {
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i >= text.Length || text[i] != '%')
        {
            return false;
        }

        if (!double.TryParse(text[1..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent))
        {
            return false;
        }

        length = i + 1;
        return true;
    }

    /// <summary>Reports an answer with no text.</summary>
    public void ReportIfEmpty(IGiftReporter reporter)
    {
        if (Text.Length == 0)
        {
            reporter.Error(
                DiagnosticCodes.GiftEmptyAnswer,
                Offset,
                "This answer has no text.",
                "Write the answer after its = or ~, or remove the marker (escape a literal one as \\= or \\~).");
        }
    }
}
