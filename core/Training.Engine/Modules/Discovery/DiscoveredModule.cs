namespace Training.Engine.Modules.Discovery;

/// <summary>A folder holding a <c>module.yaml</c>, and how much its source takes precedence.</summary>
/// <param name="Directory">The module's folder.</param>
/// <param name="ManifestPath">Its manifest.</param>
/// <param name="Precedence">Higher shadows lower for the same module id.</param>
internal sealed record DiscoveredModule(string Directory, string ManifestPath, int Precedence);
