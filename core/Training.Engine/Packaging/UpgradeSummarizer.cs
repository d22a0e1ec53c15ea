namespace Training.Engine.Packaging;

/// <summary>
/// Describes what replacing an installed module changes (lessons added, quizzes whose answers moved...),
/// for the installer's report. Called before anything is replaced, also on a dry run.
/// </summary>
/// <param name="previousModuleDirectory">The installed module's folder.</param>
/// <param name="newModuleDirectory">The new version, extracted and validated in a temporary folder.</param>
/// <returns>One line per change.</returns>
public delegate IReadOnlyList<string> UpgradeSummarizer(string previousModuleDirectory, string newModuleDirectory);
