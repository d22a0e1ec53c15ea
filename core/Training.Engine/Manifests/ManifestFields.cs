namespace Training.Engine.Manifests;

/// <summary>The field names of the manifest format, by the mapping they belong to.</summary>
internal static class ManifestFields
{
    public const string Id = "id";
    public const string Version = "version";
    public const string Sdk = "sdk";
    public const string Title = "title";
    public const string Description = "description";
    public const string Authors = "authors";
    public const string Assembly = "assembly";
    public const string Requires = "requires";
    public const string Prerequisites = "prerequisites";
    public const string Lessons = "lessons";
    public const string Quizzes = "quizzes";
    public const string Tracks = "tracks";
    public const string Completion = "completion";
    public const string Breaking = "breaking";
    public const string Changes = "changes";
    public const string File = "file";
    public const string PassMark = "passMark";
    public const string Attempts = "attempts";
    public const string Grading = "grading";
    public const string Shuffle = "shuffle";
    public const string TimeLimit = "timeLimit";
    public const string Points = "points";
    public const string Modules = "modules";
    public const string Validity = "validity";

    public static readonly string[] Root =
    [
        Id, Version, Sdk, Title, Description, Authors, Assembly, Requires, Prerequisites,
        Lessons, Quizzes, Tracks, Completion, Breaking, Changes,
    ];

    public static readonly string[] Lesson = [Id, File];

    public static readonly string[] Quiz = [Id, File, PassMark, Attempts, Grading, Shuffle, TimeLimit, Points];

    public static readonly string[] Track = [Id, Title, Description, Modules, Validity];

    public static readonly string[] Requirement = [Id, Version];

    public static readonly string[] Languages = ["fr", "en"];
}
