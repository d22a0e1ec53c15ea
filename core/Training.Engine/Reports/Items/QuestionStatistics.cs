namespace Training.Engine.Reports.Items;

/// <summary>Moodle-style statistics of one question on one module version.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Version">The module version the attempts were made on.</param>
/// <param name="Attempts">How many first attempts answered it.</param>
/// <param name="Facility">Mean score as a percentage of the question's points (0..100), or null when the question is worth no points.</param>
/// <param name="Discrimination">Correlation ×100 between this question's score and the rest of the quiz's score; null with fewer than 2 attempts or when either score never varies.</param>
/// <param name="Sd">Sample standard deviation of the score fraction ×100; null with fewer than 2 attempts.</param>
/// <param name="Flags">Any of <see cref="ItemFlags"/>.</param>
public sealed record QuestionStatistics(string Id, string Version, int Attempts, double? Facility, double? Discrimination, double? Sd, IReadOnlyList<string> Flags);
