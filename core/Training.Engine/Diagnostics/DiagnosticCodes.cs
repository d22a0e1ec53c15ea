namespace Training.Engine.Diagnostics;

/// <summary>
/// The stable diagnostic codes. Each area owns a range and a file of its own:
/// manifests TRN001-TRN029, content TRN030-TRN039, GIFT TRN040-TRN069,
/// code loading TRN070-TRN079, packages TRN080-TRN099.
/// Codes are never reused for another meaning once shipped; docs/diagnostics.md lists them.
/// </summary>
public static partial class DiagnosticCodes
{
}
