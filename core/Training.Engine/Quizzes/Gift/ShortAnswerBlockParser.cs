using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>Reads <c>{=answer =%50%other#feedback}</c>; a single answer may omit its <c>=</c> as in Moodle.</summary>
internal static class ShortAnswerBlockParser
{
    public static ShortAnswerQuestion? Parse(GiftHeader header, ReadOnlySpan<char> block, int origin, IGiftReporter reporter)
    {
        var errorsBefore = reporter.ErrorCount;
        var answers = new List<Choice>();
        foreach (var segment in GiftSegment.Split(block, '=', '='))
        {
            var raw = block[segment.Start..segment.End];
            if (segment.Marker == '\0' && GiftSyntax.Trim(raw).IsEmpty)
            {
                continue;
            }

            var answer = GiftAnswer.Read(raw, origin + segment.Start, 1, header.Format, reporter);
            answer.ReportIfEmpty(reporter);
            answers.Add(new Choice(answer.Text, answer.Fraction, answer.Feedback));
        }

        var max = double.NegativeInfinity;
        foreach (var answer in answers)
        {
            max = Math.Max(max, answer.Fraction);
        }

        if (answers.Count > 0 && max < 1 - 1e-7)
        {
            reporter.Error(
                DiagnosticCodes.GiftNoFullMarkAnswer,
                origin,
                "No accepted answer of this short-answer question earns full marks.",
                "Give at least one answer no weight (=answer) or %100%.");
        }

        if (answers.Count == 1 && IsLowercaseTrueFalse(answers[0].Text))
        {
            reporter.Warning(
                DiagnosticCodes.GiftLowercaseTrueFalse,
                origin,
                $"'{answers[0].Text}' is read as a short answer, not true/false.",
                "Write T, TRUE, F or FALSE in capitals for a true/false question.");
        }

        if (reporter.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new ShortAnswerQuestion
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

    private static bool IsLowercaseTrueFalse(string text) =>
        text is not ("T" or "TRUE" or "F" or "FALSE")
        && (text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text is "t" or "f");
}
