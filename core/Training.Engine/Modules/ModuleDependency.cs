namespace Training.Engine.Modules;

/// <summary>A module that must be installed for another to load.</summary>
/// <param name="Id">The required module's id.</param>
/// <param name="VersionRange">The npm-style range its version must satisfy.</param>
public sealed record ModuleDependency(string Id, string VersionRange);
