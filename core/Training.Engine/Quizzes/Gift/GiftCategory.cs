using Training.Engine.Diagnostics;

namespace Training.Engine.Quizzes.Gift;

/// <summary>A <c>$CATEGORY:</c> line; the questions after it carry its name in <see cref="Training.Sdk.Questions.Question.Category"/>.</summary>
/// <param name="Name">The category path, as written.</param>
/// <param name="Location">Where the line is.</param>
public sealed record GiftCategory(string Name, SourceLocation Location);
