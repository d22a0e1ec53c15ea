namespace Training.Engine.Records.Storage;

/// <summary>One question's result within a submitted attempt.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Score">The points earned (0 while pending).</param>
/// <param name="MaxScore">The question's points in the quiz.</param>
/// <param name="Result"><c>correct</c>, <c>partial</c>, <c>incorrect</c> or <c>pending</c>.</param>
public readonly record struct QuestionResultRow(string QuestionId, double Score, double MaxScore, string Result);
