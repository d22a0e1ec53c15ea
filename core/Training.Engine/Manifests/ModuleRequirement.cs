using Training.Engine.Diagnostics;
using Training.Engine.Versioning;

namespace Training.Engine.Manifests;

/// <summary>A <c>requires</c> entry: a module that must be installed, and loaded first.</summary>
/// <param name="ModuleId">The required module's id.</param>
/// <param name="Versions">The versions accepted; <see cref="VersionRange.Any"/> when the entry gives none.</param>
/// <param name="Location">Where the entry starts in <c>module.yaml</c>.</param>
public sealed record ModuleRequirement(string ModuleId, VersionRange Versions, SourceLocation Location);
