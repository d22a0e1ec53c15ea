using Training.Engine.Diagnostics;

namespace Training.Engine.Manifests;

/// <summary>A <c>prerequisites</c> entry: a module a trainee must complete before this one.</summary>
/// <param name="ModuleId">The prerequisite module's id (always also in <c>requires</c>).</param>
/// <param name="Location">Where the entry is in <c>module.yaml</c>.</param>
public sealed record ModulePrerequisite(string ModuleId, SourceLocation Location);
