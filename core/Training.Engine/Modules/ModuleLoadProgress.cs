namespace Training.Engine.Modules;

/// <summary>Progress of a catalog load.</summary>
/// <param name="Done">Modules processed so far.</param>
/// <param name="Total">Modules discovered.</param>
/// <param name="Current">The module being processed.</param>
public readonly record struct ModuleLoadProgress(int Done, int Total, string Current);
