using Training.Engine.Reports.Items;

namespace Training.Engine.Records;

/// <content>Item analysis.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// Moodle-style item analysis of a quiz over each trainee's first submitted attempt, one row per
    /// question per module version (docs/coordinators.md). Reads the whole result set in one streaming pass.
    /// </summary>
    /// <param name="moduleId">The module.</param>
    /// <param name="quizId">The quiz.</param>
    /// <returns>The report.</returns>
    /// <exception cref="LearningRecordsException">The quiz is neither installed nor found in the records (NotFound).</exception>
    public ItemAnalysisReport AnalyzeItems(string moduleId, string quizId) => AnalyzeItems(moduleId, quizId, coordinator: null);

    /// <summary>Item analysis over every trainee, or only over the members of a coordinator's cohorts.</summary>
    internal ItemAnalysisReport AnalyzeItems(string moduleId, string quizId, string? coordinator)
    {
        ArgumentNullException.ThrowIfNull(moduleId);
        ArgumentNullException.ThrowIfNull(quizId);
        var analyzer = new ItemAnalyzer();
        var pending = _store.Read(reader => coordinator is null
            ? reader.ScanFirstAttemptResults(moduleId, quizId, analyzer.Add)
            : reader.ScanFirstAttemptResultsCoordinatedBy(moduleId, quizId, coordinator, analyzer.Add));
        if (analyzer.Attempts == 0 && pending == 0)
        {
            // A removed quiz can still be analysed from its records; an unknown one is a typo.
            RequireQuiz(moduleId, quizId);
        }

        return new ItemAnalysisReport($"{moduleId}/{quizId}", analyzer.Attempts, pending, analyzer.Results());
    }
}
