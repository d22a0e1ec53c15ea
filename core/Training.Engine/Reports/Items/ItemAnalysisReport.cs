namespace Training.Engine.Reports.Items;

/// <summary>Item analysis of one quiz over each trainee's first graded attempt (see docs/coordinators.md).</summary>
/// <param name="Quiz">The quiz, as <c>module/quiz</c>.</param>
/// <param name="Attempts">How many first attempts were analysed, all versions together.</param>
/// <param name="PendingExcluded">First attempts left out because an essay in them is still pending.</param>
/// <param name="Questions">One row per question per module version: versions in SemVer order, questions in quiz order.</param>
public sealed record ItemAnalysisReport(string Quiz, int Attempts, int PendingExcluded, IReadOnlyList<QuestionStatistics> Questions);
