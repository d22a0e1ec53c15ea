using System.Text.Json;
using Json.Schema;
using Training.TestSupport;

namespace Training.Engine.Tests.Certificates;

/// <summary>The Open Badges 3.0 JSON schemas from ../shared, loaded once into their own registry.</summary>
internal static class OpenBadgeSchema
{
    public const string Corpus = "corpora/openbadges-v3";

    private static readonly Lazy<JsonSchema> s_credential = new(Load);

    /// <summary>The AchievementCredential/OpenBadgeCredential schema, or the test is ignored when ../shared is missing.</summary>
    public static JsonSchema Credential
    {
        get
        {
            RepositoryPaths.RequireShared(Corpus + "/schema/achievementcredential.json");
            return s_credential.Value;
        }
    }

    public static EvaluationResults Evaluate(JsonElement instance) =>
        Credential.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static JsonSchema Load()
    {
        // Every schema file goes into the registry so that a $ref to a sibling file would resolve
        // offline; the credential schema is self-contained today.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema? credential = null;
        foreach (var file in Directory.GetFiles(RepositoryPaths.RequireShared(Corpus + "/schema"), "*.json").Order(StringComparer.Ordinal))
        {
            var schema = JsonSchema.FromText(File.ReadAllText(file), options);
            if (Path.GetFileName(file) == "achievementcredential.json")
            {
                credential = schema;
            }
        }

        return credential ?? throw new InvalidOperationException("achievementcredential.json is missing");
    }
}
