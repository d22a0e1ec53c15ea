using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>A question read from a GIFT file, with where it starts.</summary>
/// <param name="Question">The question.</param>
/// <param name="Location">The position of its first character (its title, or its text).</param>
public sealed record GiftParsedQuestion(Question Question, SourceLocation Location);
