using Training.Engine.Diagnostics;
using Training.Sdk.Content;

namespace Training.Engine.Manifests;

/// <summary>A <c>quizzes</c> entry of <c>module.yaml</c>.</summary>
/// <param name="Id">The quiz id, unique among the module's quizzes.</param>
/// <param name="File">The GIFT file, relative to the module folder, with forward slashes.</param>
/// <param name="Settings">The quiz rules, defaults filled in.</param>
/// <param name="Location">Where the entry starts in <c>module.yaml</c>.</param>
public sealed record ManifestQuiz(string Id, string File, QuizSettings Settings, SourceLocation Location);
