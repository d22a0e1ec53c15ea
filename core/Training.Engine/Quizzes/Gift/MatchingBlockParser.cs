using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>Reads <c>{=left -&gt; right = -&gt; distractor}</c>.</summary>
internal static class MatchingBlockParser
{
    public static MatchingQuestion? Parse(GiftHeader header, ReadOnlySpan<char> block, int origin, IGiftReporter reporter)
    {
        var errorsBefore = reporter.ErrorCount;
        var pairs = new List<MatchPair>();
        var realPairs = 0;
        foreach (var segment in GiftSegment.Split(block, '=', '='))
        {
            var raw = block[segment.Start..segment.End];
            var trimmed = GiftSyntax.Trim(raw, out var leading);
            var offset = origin + segment.Start + leading;
            if (segment.Marker == '\0')
            {
                if (!trimmed.IsEmpty)
                {
                    reporter.Error(
                        DiagnosticCodes.GiftTextBeforeFirstAnswer,
                        offset,
                        "Text comes before the first pair of this matching block.",
                        "Start every pair with =, as in =item -> match.");
                }

                continue;
            }

            var arrow = trimmed.IndexOf("->");
            if (arrow < 0)
            {
                reporter.Error(
                    DiagnosticCodes.GiftPairWithoutArrow,
                    offset,
                    "This matching pair has no '->'.",
                    "Write each pair as =item -> match (or = -> distractor for an extra match).");
                continue;
            }

            var left = GiftText.Parse(trimmed[..arrow], header.Format, out _);
            var right = GiftSyntax.Unescape(GiftSyntax.Trim(trimmed[(arrow + 2)..]));
            if (right.Length == 0)
            {
                reporter.Error(
                    DiagnosticCodes.GiftEmptyMatch,
                    offset + arrow,
                    "This matching pair has nothing after '->'.",
                    "Write the match after the arrow.");
            }

            if (left.Length > 0)
            {
                // An answer sheet names items by their text: two identical items could not be told apart.
                if (pairs.Exists(p => string.Equals(p.Left, left, StringComparison.Ordinal)))
                {
                    reporter.Error(
                        DiagnosticCodes.GiftDuplicateMatchItem,
                        offset,
                        $"The item '{left}' appears twice in this matching question.",
                        "Give every item a different text; several items may share the same match.");
                }

                realPairs++;
            }

            pairs.Add(new MatchPair(left, right));
        }

        if (realPairs < 2 && reporter.ErrorCount == errorsBefore)
        {
            reporter.Error(
                DiagnosticCodes.GiftTooFewPairs,
                origin,
                $"A matching question needs at least two pairs; this one has {realPairs}.",
                "Add pairs written =item -> match.");
        }

        if (reporter.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new MatchingQuestion
        {
            Id = header.Id,
            Title = header.Title,
            Text = header.Text,
            Format = header.Format,
            GeneralFeedback = header.GeneralFeedback,
            Tags = header.Tags,
            Category = header.Category,
            Pairs = pairs,
        };
    }
}
