using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>The parts every question has, read before its answer block is.</summary>
internal sealed record GiftHeader(
    string Id,
    string? Title,
    string Text,
    TextFormat Format,
    string? GeneralFeedback,
    IReadOnlyList<string> Tags,
    string? Category);
