using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Engine.Modules;
using Training.Engine.Records.Events;
using Training.Sdk.Content;

namespace Training.Engine.Xapi;

/// <summary>
/// Maps learning events to xAPI 1.0.3 statements (docs/coordinators.md has the table). Every id is
/// derived from the event (a version 5 UUID), so exporting again gives the same statements and an LRS
/// stores each once. Names come from the installed modules; an uninstalled module's activities keep
/// their IRIs and types, without names.
/// </summary>
public sealed partial class XapiExporter
{
    private readonly ModuleCatalog _catalog;
    private readonly string _base;
    private readonly string _homePage;

    /// <summary>Creates an exporter.</summary>
    /// <param name="catalog">The installed modules (titles, and which module belongs to which track).</param>
    /// <param name="options">Base IRI and account home page.</param>
    /// <exception cref="ArgumentException">An IRI in <paramref name="options"/> is not absolute.</exception>
    public XapiExporter(ModuleCatalog catalog, XapiOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _catalog = catalog;
        _base = options.NormalizedBaseIri;
        _homePage = options.EffectiveHomePage;
    }

    /// <summary>
    /// The statements of <paramref name="events"/> (all of a trainee's or all events, oldest first:
    /// earlier events give the context of later ones), keeping those that happened at or after <paramref name="since"/>.
    /// </summary>
    /// <param name="events">The events, in log order.</param>
    /// <param name="since">The earliest event time to export, or null for all.</param>
    /// <returns>The statements, in event order.</returns>
    public IReadOnlyList<JsonObject> Export(IEnumerable<LearningEvent> events, DateTimeOffset? since = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var state = new ExportState();
        var statements = new List<JsonObject>();
        foreach (var learningEvent in events)
        {
            var mapped = Map(learningEvent, state);
            if (since is null || learningEvent.At >= since)
            {
                statements.AddRange(mapped);
            }
        }

        return statements;
    }

    private IEnumerable<JsonObject> Map(LearningEvent e, ExportState state)
    {
        using var data = e.Data is null ? null : JsonDocument.Parse(e.Data);
        var details = data?.RootElement;
        switch (e.Kind)
        {
            case LearningEventKinds.TraineeAdded:
                state.Trainees[e.TraineeId] = new TraineeIdentity(
                    Text(details, "name") ?? e.TraineeId, Text(details, "email"));
                return [];
            case LearningEventKinds.Enrolled when e.ItemId is { } track:
                state.Enrol(e.TraineeId, track);
                return [Statement(e, state, XapiVerbs.Registered, Track(track), track, parent: null, result: null)];
            case LearningEventKinds.LessonCompleted when e is { ModuleId: { } module, ItemId: { } lesson }:
                return [Statement(e, state, XapiVerbs.Completed, Lesson(module, lesson), TrackOf(state, e), Module(module), new JsonObject { ["completion"] = true })];
            case LearningEventKinds.AttemptStarted when e is { ModuleId: { } module, ItemId: { } quiz }:
                state.Attempts[e.Id] = new AttemptContext(e.At, Text(details, "language") ?? LocalizedText.French);
                return [Statement(e with { AttemptId = e.Id }, state, XapiVerbs.Attempted, Quiz(module, quiz), TrackOf(state, e), Module(module), result: null)];
            case LearningEventKinds.AttemptSubmitted when e is { ModuleId: { } module, ItemId: { } quiz } && details is { } grade:
                return Submitted(e, state, module, quiz, grade);
            case LearningEventKinds.AttemptExpired when e is { ModuleId: { } module, ItemId: { } quiz }:
                var expired = new JsonObject { ["completion"] = false };
                AddDuration(expired, state, e);
                return [Statement(e, state, XapiVerbs.Terminated, Quiz(module, quiz), TrackOf(state, e), Module(module), expired)];
            case LearningEventKinds.ModuleCompleted when e.ModuleId is { } module:
                var moduleTrack = TrackOf(state, e);
                return [Statement(e, state, XapiVerbs.Completed, Module(module), moduleTrack, moduleTrack is null ? null : Track(moduleTrack), new JsonObject { ["completion"] = true })];
            case LearningEventKinds.TrackCompleted when e.ItemId is { } track:
                return [Statement(e, state, XapiVerbs.Completed, Track(track), track, parent: null, new JsonObject { ["completion"] = true })];
            case LearningEventKinds.CertificateIssued when e.ItemId is { } track && Text(details, "certificate") is { } certificate:
                var earned = Statement(e, state, XapiVerbs.Earned, Certificate(certificate, track), track, Track(track), result: null);
                ((JsonObject)earned["context"]!["extensions"]!)[_base + XapiExtensions.Certificate] = certificate;
                return [earned];
            default:
                // module-reset (a coordinator's decision, no learner verb fits) and unknown kinds are not exported.
                return [];
        }
    }

    private List<JsonObject> Submitted(LearningEvent e, ExportState state, string module, string quiz, JsonElement grade)
    {
        var track = TrackOf(state, e);
        var passed = grade.TryGetProperty("passed", out var p) && p.ValueKind == JsonValueKind.True;
        var result = new JsonObject();
        if (Score(Number(grade, "score"), Number(grade, "maxScore")) is { } score)
        {
            result["score"] = score;
        }

        result["success"] = passed;
        result["completion"] = true;
        AddDuration(result, state, e);
        // Built eagerly: the event's JSON document is disposed once mapping returns.
        var statements = new List<JsonObject> { Statement(e, state, passed ? XapiVerbs.Passed : XapiVerbs.Failed, Quiz(module, quiz), track, Module(module), result) };
        if (!grade.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
        {
            return statements;
        }

        var language = e.AttemptId is { } attempt && state.Attempts.TryGetValue(attempt, out var started) ? started.Language : LocalizedText.French;
        foreach (var question in questions.EnumerateArray())
        {
            if (Text(question, "id") is not { } questionId)
            {
                continue;
            }

            var answer = new JsonObject();
            if (Score(Number(question, "score"), Number(question, "maxScore")) is { } questionScore)
            {
                answer["score"] = questionScore;
            }

            // A pending essay has no verdict yet: success stays absent rather than false.
            switch (Text(question, "result"))
            {
                case "correct":
                    answer["success"] = true;
                    break;
                case "partial" or "incorrect":
                    answer["success"] = false;
                    break;
            }

            if (Text(question, "response") is { } response)
            {
                answer["response"] = response;
            }

            statements.Add(Statement(e, state, XapiVerbs.Answered, Question(module, quiz, questionId, language), track, Quiz(module, quiz), answer, questionId, Module(module)));
        }

        return statements;
    }

    private string? TrackOf(ExportState state, LearningEvent e)
    {
        if (e.ModuleId is not { } module)
        {
            return null;
        }

        // The registration is the first enrolment, in enrolment order, whose track contains the module.
        return state.EnrolmentsOf(e.TraineeId).FirstOrDefault(track => _catalog.FindTrack(track)?.Track.Modules.Contains(module) == true);
    }

    private static void AddDuration(JsonObject result, ExportState state, LearningEvent e)
    {
        if (e.AttemptId is { } attempt && state.Attempts.TryGetValue(attempt, out var started) && e.At >= started.StartedAt)
        {
            var seconds = (e.At - started.StartedAt).TotalSeconds;
            result["duration"] = "PT" + Math.Round(seconds, 2).ToString("0.##", CultureInfo.InvariantCulture) + "S";
        }
    }

    private static JsonObject? Score(double? raw, double? max)
    {
        if (raw is not { } value || max is not { } top || top <= 0)
        {
            return null;
        }

        // Penalties can make a raw score negative: min follows it so raw stays within [min, max].
        var min = Math.Min(0, value);
        var high = Math.Max(top, value);
        return new JsonObject
        {
            ["scaled"] = Math.Clamp(Math.Round(value / top, 4), -1, 1),
            ["raw"] = value,
            ["min"] = min,
            ["max"] = high > min ? high : min + 1,
        };
    }

    private static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
