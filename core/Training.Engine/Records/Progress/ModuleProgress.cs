using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>A trainee's progress in one module, against its installed version.</summary>
/// <param name="Id">The module id.</param>
/// <param name="Version">The installed version.</param>
/// <param name="Status"><c>not-started</c>, <c>in-progress</c> or <c>completed</c> (see <see cref="ModuleProgressStatus"/>).</param>
/// <param name="LessonsCompleted">Lessons of the installed version the trainee completed.</param>
/// <param name="LessonsTotal">Lessons of the installed version.</param>
/// <param name="Quizzes">Each quiz of the installed version.</param>
public sealed record ModuleProgress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("lessonsCompleted")] int LessonsCompleted,
    [property: JsonPropertyName("lessonsTotal")] int LessonsTotal,
    [property: JsonPropertyName("quizzes")] IReadOnlyList<QuizProgress> Quizzes)
{
    /// <summary>The ids of the installed version's lessons the trainee completed (counted in <see cref="LessonsCompleted"/>), in module order.</summary>
    /// <remarks>Not serialized: the progress JSON keeps its documented shape.</remarks>
    [JsonIgnore]
    public IReadOnlyList<string> CompletedLessons { get; init; } = [];
}
