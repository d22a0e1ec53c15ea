using Training.Engine.Packaging;

namespace Training.Engine.Access;

/// <summary>Where an admin's module installs go: the host's installer (same checks as <c>training modules install</c>) and its modules folder.</summary>
/// <param name="Installer">The installer, built with the host's inspector and upgrade summarizer.</param>
/// <param name="ModulesDirectory">The folder installed modules live in (created by the host).</param>
public sealed record ModuleInstallTarget(PackageInstaller Installer, string ModulesDirectory);
