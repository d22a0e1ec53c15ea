namespace Training.Sdk.Questions;

/// <summary>A pair of a matching question. An empty <paramref name="Left"/> makes <paramref name="Right"/> a distractor.</summary>
/// <param name="Left">The item to match.</param>
/// <param name="Right">Its match.</param>
public sealed record MatchPair(string Left, string Right);
