using Training.Engine.Diagnostics;
using Training.Engine.Quizzes.Rules;
using Training.Sdk.Content;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Reads one <c>quizzes</c> entry and its settings.</summary>
internal static class QuizEntryReader
{
    private const string Example = "'- { id: final, file: quizzes/final.gift, passMark: 80% }'";

    private static readonly string[] s_gradings = ["highest", "last", "first", "average"];

    public static ManifestQuiz? Read(ManifestContext context, YamlNode node)
    {
        var fields = YamlFields.Read(context, node, "a quiz entry", ManifestFields.Quiz, [ManifestFields.Id, ManifestFields.File], Example);
        if (fields is null)
        {
            return null;
        }

        var id = fields[ManifestFields.Id] is { } idNode ? EntryIdReader.Entry(context, idNode, "quiz id") : null;
        var file = fields[ManifestFields.File] is { } fileNode
            ? FileReferences.Read(context, fileNode, ManifestFields.File, DiagnosticCodes.QuizFileMissing, "quiz file")
            : null;
        var settings = ReadSettings(context, fields);
        return id is null || file is null || settings is null ? null : new ManifestQuiz(id, file, settings, context.At(node));
    }

    private static QuizSettings? ReadSettings(ManifestContext context, YamlFields fields)
    {
        var settings = QuizSettings.Default;
        var valid = true;
        if (fields.TryGet(ManifestFields.PassMark, out var passMark))
        {
            string? error = null;
            if (passMark is YamlScalarNode { Value: { } text } && QuizRuleParser.TryParsePassMark(text, out var fraction, out error))
            {
                settings = settings with { PassMark = fraction };
            }
            else
            {
                valid = Fail(context, DiagnosticCodes.InvalidPassMark, error ?? $"'passMark' must be a percentage or a fraction between 0 and 1, but is {YamlValues.Shown(passMark)}.", passMark, "Write e.g. 'passMark: 80%' or 'passMark: 0.8'.");
            }
        }

        if (fields.TryGet(ManifestFields.Attempts, out var attempts))
        {
            var number = YamlValues.Number(attempts);
            if (number is >= 0 and <= int.MaxValue && Math.Floor(number.Value) == number.Value)
            {
                settings = settings with { Attempts = (int)number.Value };
            }
            else
            {
                valid = Fail(context, DiagnosticCodes.InvalidAttempts, $"'attempts' must be a whole number of at least 0, but is {YamlValues.Shown(attempts)}.", attempts, "Write e.g. 'attempts: 3', or 'attempts: 0' for unlimited attempts.");
            }
        }

        if (fields.TryGet(ManifestFields.Grading, out var grading))
        {
            var method = ReadGrading(context, grading);
            valid &= method is not null;
            settings = settings with { Grading = method ?? settings.Grading };
        }

        if (fields.TryGet(ManifestFields.Shuffle, out var shuffle))
        {
            var value = YamlValues.Boolean(context, shuffle, ManifestFields.Shuffle);
            valid &= value is not null;
            settings = settings with { Shuffle = value ?? false };
        }

        if (fields.TryGet(ManifestFields.TimeLimit, out var timeLimit))
        {
            string? error = null;
            if (timeLimit is YamlScalarNode { Value: { } text } && QuizRuleParser.TryParseTimeLimit(text, out var limit, out error))
            {
                settings = settings with { TimeLimit = limit };
            }
            else
            {
                valid = Fail(context, DiagnosticCodes.InvalidTimeLimit, error ?? $"'timeLimit' must be a positive duration of at most 7 days, but is {YamlValues.Shown(timeLimit)}.", timeLimit, "Write e.g. '20m', '1h30m', '90s' or 'PT20M'.");
            }
        }

        if (fields.TryGet(ManifestFields.Points, out var points))
        {
            valid &= PointsReader.Read(context, points, ref settings);
        }

        return valid ? settings : null;
    }

    private static GradingMethod? ReadGrading(ManifestContext context, YamlNode node)
    {
        var text = node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        switch (text)
        {
            case "highest": return GradingMethod.Highest;
            case "last": return GradingMethod.Last;
            case "first": return GradingMethod.First;
            case "average": return GradingMethod.Average;
        }

        var suggestion = text is null ? null : NameSuggester.Suggest(text, s_gradings);
        var hint = (suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ") + "Use one of: highest, last, first, average.";
        context.Error(DiagnosticCodes.InvalidGrading, $"'grading' must be highest, last, first or average, but is {YamlValues.Shown(node)}.", node, hint);
        return null;
    }

    private static bool Fail(ManifestContext context, string code, string message, YamlNode node, string hint)
    {
        context.Error(code, message, node, hint);
        return false;
    }
}
