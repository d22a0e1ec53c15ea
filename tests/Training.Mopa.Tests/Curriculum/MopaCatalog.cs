using System.Reflection;
using System.Text.Json.Nodes;
using Training.Engine.Modules;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests.Curriculum;

/// <summary>The MOPA modules as the build lays them out, and helpers to read plugin questions loaded in their own load contexts.</summary>
internal static class MopaCatalog
{
    public const string SocialNetworks = "mopa.social-networks";
    public const string Blogs = "mopa.blogs";
    public const string Maps = "mopa.maps";
    public const string EBooking = "mopa.e-booking";
    public const string Ant = "mopa.ant";

    public static readonly string[] ContentModules = [SocialNetworks, Blogs, Maps, EBooking];

    public static readonly string[] AllModules = [SocialNetworks, Blogs, Maps, EBooking, Ant];

    public static readonly string[] Languages = ["fr", "en"];

    /// <summary>The plugin question type each module's final quiz must use, if any.</summary>
    public static readonly IReadOnlyDictionary<string, string> PluginTypes = new Dictionary<string, string>
    {
        [SocialNetworks] = "mopa.page-username",
        [Maps] = "mopa.map-point",
        [EBooking] = "mopa.net-rate",
    };

    /// <summary>Every question type each module registers.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RegisteredTypes = new Dictionary<string, string[]>
    {
        [SocialNetworks] = ["mopa.page-username"],
        [Blogs] = [],
        [Maps] = ["mopa.map-point"],
        [EBooking] = ["mopa.net-rate", "mopa.overbooking-night"],
    };

    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "modules");

    public static ModuleCatalog Load() => new ModuleCatalogLoader().Load(new ModuleSearchOptions { ShippedDirectory = ShippedDirectory });

    /// <summary>
    /// Reads a property of a plugin question. Loaded plugins live in their own load context, so
    /// their question records are not the types this assembly compiled against: read them by name.
    /// </summary>
    public static T Property<T>(Question question, string name) =>
        (T)(question.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{question.GetType().Name} has no property {name}")).GetValue(question)!;

    /// <summary>The answer that earns full marks, built from the question's key.</summary>
    public static JsonNode? PerfectAnswer(Question question) => question switch
    {
        ChoiceQuestion { Multiple: false } choice => choice.Choices.First(c => c.Fraction >= 1).Text,
        ChoiceQuestion choice => new JsonArray(choice.Choices.Where(c => c.Fraction > 0).Select(c => (JsonNode?)c.Text).ToArray()),
        TrueFalseQuestion trueFalse => trueFalse.Answer,
        ShortAnswerQuestion shortAnswer => shortAnswer.Answers.First(a => a.Fraction >= 1).Text,
        NumericalQuestion numerical => numerical.Answers.First(a => a.Fraction >= 1 && a.Value is not null).Value!.Value,
        MatchingQuestion matching => new JsonObject(matching.Pairs.Where(p => p.Left.Length > 0).Select(p => KeyValuePair.Create(p.Left, (JsonNode?)p.Right))),
        _ when question.Type == "mopa.map-point" => new JsonObject
        {
            ["lat"] = Property<double>(question, "TargetLatitude"),
            ["lon"] = Property<double>(question, "TargetLongitude"),
        },
        _ when question.Type == "mopa.page-username" => Property<string>(question, "Example"),
        _ when question.Type == "mopa.net-rate" => Math.Round(Property<double>(question, "Price"), 2),
        _ when question.Type == "mopa.overbooking-night" => Property<DateOnly>(question, "Night").ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"No perfect answer for {question.Id} ({question.Type})."),
    };

    /// <summary>True when the question has feedback: general, or on its answers.</summary>
    public static bool HasFeedback(Question question) =>
        !string.IsNullOrWhiteSpace(question.GeneralFeedback) || question switch
        {
            ChoiceQuestion choice => choice.Choices.All(c => !string.IsNullOrWhiteSpace(c.Feedback)),
            TrueFalseQuestion trueFalse => !string.IsNullOrWhiteSpace(trueFalse.FeedbackWhenWrong),
            ShortAnswerQuestion shortAnswer => shortAnswer.Answers.All(a => !string.IsNullOrWhiteSpace(a.Feedback)),
            NumericalQuestion numerical => numerical.Answers.All(a => !string.IsNullOrWhiteSpace(a.Feedback)),
            _ => false,
        };
}
