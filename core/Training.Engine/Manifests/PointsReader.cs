using Training.Engine.Diagnostics;
using Training.Sdk.Content;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads a quiz's <c>points</c>: one number for every question, or question id to number.</summary>
internal static class PointsReader
{
    private const string Hint = "Write e.g. 'points: 2', or 'points: { q1: 2, q2: 0.5 }' keyed by question id.";

    public static bool Read(ManifestContext context, YamlNode node, ref QuizSettings settings)
    {
        if (node is YamlScalarNode)
        {
            if (Positive(node) is not { } points)
            {
                context.Error(DiagnosticCodes.InvalidPoints, $"'points' must be a number above 0, but is {YamlValues.Shown(node)}.", node, Hint);
                return false;
            }

            settings = settings with { DefaultPoints = points };
            return true;
        }

        if (node is not YamlMappingNode mapping)
        {
            context.Error(DiagnosticCodes.InvalidPoints, $"'points' must be a number or a mapping of question ids to numbers, but is {YamlValues.Describe(node)}.", node, Hint);
            return false;
        }

        var byQuestion = new Dictionary<string, double>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } questionId })
            {
                continue;
            }

            if (Positive(value) is { } points)
            {
                byQuestion[questionId] = points;
            }
            else
            {
                context.Error(DiagnosticCodes.InvalidPoints, $"The points of question '{questionId}' must be a number above 0, but are {YamlValues.Shown(value)}.", value, Hint);
                valid = false;
            }
        }

        settings = settings with { QuestionPoints = byQuestion };
        return valid;
    }

    private static double? Positive(YamlNode node) => YamlValues.Number(node) is > 0 and var value ? value : null;
}
