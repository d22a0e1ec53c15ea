namespace Training.Sdk.Questions;

/// <summary>One answer of a choice or short-answer question.</summary>
/// <param name="Text">The choice's text (for short answer: an accepted answer).</param>
/// <param name="Fraction">The fraction of the question's points it earns, between -1 and 1.</param>
/// <param name="Feedback">The feedback shown when it is chosen, if any.</param>
public sealed record Choice(string Text, double Fraction, string? Feedback = null);
