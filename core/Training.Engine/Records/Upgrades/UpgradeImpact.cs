using System.Text.Json.Serialization;

namespace Training.Engine.Records.Upgrades;

/// <summary>What installing a new version of a module changes for trainees who already have records on it.</summary>
/// <param name="ModuleId">The module.</param>
/// <param name="FromVersion">The installed version.</param>
/// <param name="ToVersion">The incoming version.</param>
/// <param name="Breaking">Whether the incoming manifest declares <c>breaking: true</c>.</param>
/// <param name="TraineesWithProgress">Trainees with any lesson, attempt or completion recorded on the module.</param>
/// <param name="LessonsAdded">Lesson ids only in the incoming version.</param>
/// <param name="LessonsRemoved">Lesson ids only in the installed version.</param>
/// <param name="QuizzesAdded">Quiz ids only in the incoming version.</param>
/// <param name="QuizzesRemoved">Quiz ids only in the installed version.</param>
/// <param name="CompletionsKept">Completions that stay (all of them: completion is sticky until a coordinator applies a breaking upgrade).</param>
/// <param name="CompletionsResetIfApplied">Completions a coordinator would reset by applying the breaking upgrade (0 when not breaking).</param>
/// <param name="ProgressRowsKept">Lesson and attempt rows whose item stays, so they keep counting.</param>
/// <param name="ProgressRowsStopCounting">Lesson and attempt rows on removed items: kept as history, no longer counted.</param>
public sealed record UpgradeImpact(
    [property: JsonPropertyName("module")] string ModuleId,
    [property: JsonPropertyName("from")] string FromVersion,
    [property: JsonPropertyName("to")] string ToVersion,
    [property: JsonPropertyName("breaking")] bool Breaking,
    [property: JsonPropertyName("traineesWithProgress")] int TraineesWithProgress,
    [property: JsonPropertyName("lessonsAdded")] IReadOnlyList<string> LessonsAdded,
    [property: JsonPropertyName("lessonsRemoved")] IReadOnlyList<string> LessonsRemoved,
    [property: JsonPropertyName("quizzesAdded")] IReadOnlyList<string> QuizzesAdded,
    [property: JsonPropertyName("quizzesRemoved")] IReadOnlyList<string> QuizzesRemoved,
    [property: JsonPropertyName("completionsKept")] int CompletionsKept,
    [property: JsonPropertyName("completionsResetIfApplied")] int CompletionsResetIfApplied,
    [property: JsonPropertyName("progressRowsKept")] int ProgressRowsKept,
    [property: JsonPropertyName("progressRowsStopCounting")] int ProgressRowsStopCounting);
