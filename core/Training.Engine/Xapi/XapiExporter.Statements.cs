using System.Text.Json.Nodes;
using Training.Engine.Records.Events;
using Training.Sdk.Content;

namespace Training.Engine.Xapi;

/// <content>Building statements, actors and activities.</content>
public sealed partial class XapiExporter
{
    private const string Platform = "Training";

    private JsonObject Statement(
        LearningEvent e, ExportState state, XapiVerb verb, JsonObject activity, string? track, JsonObject? parent, JsonObject? result,
        string? questionId = null, JsonObject? alsoGrouping = null)
    {
        // The base IRI is part of the name so two installations never derive the same statement id.
        var name = questionId is null ? $"{_base}|event|{e.Id}" : $"{_base}|event|{e.Id}|question|{questionId}";
        var statement = new JsonObject
        {
            ["id"] = DeterministicUuid.Create(name),
            ["actor"] = Actor(e.TraineeId, state),
            ["verb"] = new JsonObject
            {
                ["id"] = verb.Id,
                ["display"] = new JsonObject { ["en"] = verb.English, ["fr"] = verb.French },
            },
            ["object"] = activity,
        };
        if (result is not null)
        {
            statement["result"] = result;
        }

        statement["context"] = Context(e, state, activity, track, parent, alsoGrouping);
        statement["timestamp"] = e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        statement["version"] = "1.0.3";
        return statement;
    }

    private JsonObject Context(LearningEvent e, ExportState state, JsonObject activity, string? track, JsonObject? parent, JsonObject? alsoGrouping)
    {
        var context = new JsonObject();
        if (track is not null)
        {
            context["registration"] = Registration(e.TraineeId, track);
        }

        var contextActivities = new JsonObject();
        if (parent is not null)
        {
            contextActivities["parent"] = new JsonArray(parent);
        }

        var grouping = new JsonArray();
        if (alsoGrouping is not null)
        {
            grouping.Add(alsoGrouping);
        }

        var trackActivity = track is null ? null : Track(track);
        if (trackActivity is not null && !SameActivity(trackActivity, activity) && !SameActivity(trackActivity, parent))
        {
            grouping.Add(trackActivity);
        }

        if (grouping.Count > 0)
        {
            contextActivities["grouping"] = grouping;
        }

        if (contextActivities.Count > 0)
        {
            context["contextActivities"] = contextActivities;
        }

        context["platform"] = Platform;
        if (e.AttemptId is { } attempt && state.Attempts.TryGetValue(attempt, out var started))
        {
            context["language"] = started.Language;
        }

        var extensions = new JsonObject();
        if (e.ModuleVersion is { } version)
        {
            extensions[_base + XapiExtensions.ModuleVersion] = version;
        }

        if (e.AttemptId is { } attemptId)
        {
            extensions[_base + XapiExtensions.Attempt] = attemptId;
        }

        context["extensions"] = extensions;
        return context;
    }

    /// <summary>The registration of a trainee's enrolment in a track: stable, so every statement of that enrolment shares it.</summary>
    internal string Registration(string traineeId, string trackId) => DeterministicUuid.Create($"{_base}|registration|{traineeId}|{trackId}");

    private static bool SameActivity(JsonObject a, JsonObject? b) => b is not null && (string?)a["id"] == (string?)b["id"];

    private JsonObject Actor(string traineeId, ExportState state)
    {
        var actor = new JsonObject { ["objectType"] = "Agent" };
        var known = state.Trainees.GetValueOrDefault(traineeId);
        if (known is not null)
        {
            actor["name"] = known.Name;
        }

        if (known?.Email is { } email)
        {
            actor["mbox"] = "mailto:" + email;
        }
        else
        {
            actor["account"] = new JsonObject { ["homePage"] = _homePage, ["name"] = traineeId };
        }

        return actor;
    }

    private JsonObject Track(string trackId) =>
        Activity($"tracks/{Segment(trackId)}", XapiActivityTypes.Course, _catalog.FindTrack(trackId)?.Track.Title);

    private JsonObject Module(string moduleId) =>
        Activity($"modules/{Segment(moduleId)}", XapiActivityTypes.Module, _catalog.FindLoaded(moduleId)?.Title);

    private JsonObject Lesson(string moduleId, string lessonId) =>
        Activity($"modules/{Segment(moduleId)}/lessons/{Segment(lessonId)}", XapiActivityTypes.Lesson, _catalog.FindLesson(moduleId, lessonId)?.Lesson.Title);

    private JsonObject Quiz(string moduleId, string quizId) =>
        Activity($"modules/{Segment(moduleId)}/quizzes/{Segment(quizId)}", XapiActivityTypes.Assessment, _catalog.FindQuiz(moduleId, quizId)?.Quiz.Title);

    private JsonObject Question(string moduleId, string quizId, string questionId, string language)
    {
        var question = _catalog.FindQuiz(moduleId, quizId)?.Quiz.GetQuestions(language).FirstOrDefault(q => q.Id == questionId);
        var title = question?.Title is { Length: > 0 } t ? new LocalizedText([new(language, t)]) : null;
        return Activity($"modules/{Segment(moduleId)}/quizzes/{Segment(quizId)}/questions/{Segment(questionId)}", XapiActivityTypes.Interaction, title);
    }

    private JsonObject Certificate(string certificateId, string trackId)
    {
        var title = _catalog.FindTrack(trackId)?.Track.Title;
        // Certificate ids are urn:uuid:…; the bare UUID makes a readable path segment.
        var id = certificateId.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase) ? certificateId["urn:uuid:".Length..] : certificateId;
        return Activity($"certificates/{Segment(id)}", XapiActivityTypes.Badge, title);
    }

    private JsonObject Activity(string path, string type, LocalizedText? title)
    {
        var definition = new JsonObject();
        var names = new JsonObject();
        foreach (var (language, text) in title?.Values ?? new Dictionary<string, string>())
        {
            if (XapiFormats.IsLanguageTag(language))
            {
                names[language] = text;
            }
        }

        if (names.Count > 0)
        {
            definition["name"] = names;
        }

        definition["type"] = type;
        return new JsonObject { ["objectType"] = "Activity", ["id"] = _base + path, ["definition"] = definition };
    }

    private static string Segment(string id) => Uri.EscapeDataString(id);
}
