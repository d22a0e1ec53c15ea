namespace Training.Engine.Diagnostics;

// The manifest codes (TRN001-TRN029) and the content references checked from the manifest alone
// (TRN030-TRN032). docs/manifest.md explains each with an example and its fix.
public static partial class DiagnosticCodes
{
    /// <summary>TRN001: <c>module.yaml</c> cannot be read: missing, unreadable, larger than 1 MiB or not valid UTF-8.</summary>
    public const string ManifestUnreadable = "TRN001";

    /// <summary>TRN002: A field or language key that the manifest format does not define (a misspelling, usually).</summary>
    public const string UnknownField = "TRN002";

    /// <summary>TRN003: The manifest is not well-formed YAML, or is nested too deeply.</summary>
    public const string YamlSyntax = "TRN003";

    /// <summary>TRN004: The manifest has no content.</summary>
    public const string ManifestEmpty = "TRN004";

    /// <summary>TRN005: The manifest's root is not a single mapping of fields (a list, a scalar, or several documents).</summary>
    public const string ManifestNotMapping = "TRN005";

    /// <summary>TRN006: The same key appears twice in one mapping.</summary>
    public const string DuplicateKey = "TRN006";

    /// <summary>TRN007: A YAML alias (<c>*name</c>, including merge keys): rejected so that a hostile manifest cannot expand exponentially.</summary>
    public const string YamlAliasNotAllowed = "TRN007";

    /// <summary>TRN008: A required field is absent or has no value.</summary>
    public const string MissingField = "TRN008";

    /// <summary>TRN009: A value has the wrong shape: text where a list is expected, a list where a number is expected, and so on.</summary>
    public const string WrongType = "TRN009";

    /// <summary>TRN010: A module id (the manifest's <c>id</c>, a <c>requires</c> or <c>prerequisites</c> entry, a track's module) is not of the form <c>region.slug</c>.</summary>
    public const string InvalidModuleId = "TRN010";

    /// <summary>TRN011: <c>version</c> is not a strict SemVer 2.0 version.</summary>
    public const string InvalidVersion = "TRN011";

    /// <summary>TRN012: <c>sdk</c> or a <c>requires</c> version is not an npm-style range.</summary>
    public const string InvalidVersionRange = "TRN012";

    /// <summary>TRN013: The module's <c>sdk</c> range does not admit the host's SDK version.</summary>
    public const string SdkIncompatible = "TRN013";

    /// <summary>TRN014: A lesson or quiz id is not lowercase letters, digits and <c>-</c>.</summary>
    public const string InvalidEntryId = "TRN014";

    /// <summary>TRN015: A track id is not of the form <c>region.slug</c>.</summary>
    public const string InvalidTrackId = "TRN015";

    /// <summary>TRN016: Two lessons, two quizzes or two tracks of the manifest have the same id.</summary>
    public const string DuplicateEntryId = "TRN016";

    /// <summary>TRN017: A module is listed twice in <c>requires</c> or in <c>prerequisites</c>.</summary>
    public const string DuplicateDependency = "TRN017";

    /// <summary>TRN018: A module lists itself in <c>requires</c> or <c>prerequisites</c>.</summary>
    public const string DependsOnItself = "TRN018";

    /// <summary>TRN019: A prerequisite module is not listed in <c>requires</c>.</summary>
    public const string PrerequisiteNotRequired = "TRN019";

    /// <summary>TRN020: A <c>file</c> or <c>assembly</c> path is absolute, uses backslashes, leaves the module folder or has characters that paths must not have.</summary>
    public const string UnsafePath = "TRN020";

    /// <summary>TRN021: A quiz <c>passMark</c> is not a percentage (<c>80%</c>) or a fraction between 0 and 1.</summary>
    public const string InvalidPassMark = "TRN021";

    /// <summary>TRN022: A quiz <c>attempts</c> is not a whole number of at least 0.</summary>
    public const string InvalidAttempts = "TRN022";

    /// <summary>TRN023: A quiz <c>grading</c> is not one of highest, last, first, average.</summary>
    public const string InvalidGrading = "TRN023";

    /// <summary>TRN024: A quiz <c>timeLimit</c> is not a positive duration such as <c>20m</c>, <c>1h30m</c>, <c>90s</c> or <c>PT20M</c>.</summary>
    public const string InvalidTimeLimit = "TRN024";

    /// <summary>TRN025: A quiz <c>points</c> is not a number above 0, or a map from question ids to such numbers.</summary>
    public const string InvalidPoints = "TRN025";

    /// <summary>TRN026: A track <c>validity</c> is not a positive ISO 8601 period such as <c>P24M</c> or <c>P1Y6M</c>.</summary>
    public const string InvalidValidity = "TRN026";

    /// <summary>TRN027: A track lists no modules.</summary>
    public const string EmptyTrack = "TRN027";

    /// <summary>TRN028: <c>completion</c> is not one of all, quizzes.</summary>
    public const string InvalidCompletion = "TRN028";

    /// <summary>TRN029: Warning: the module has no lessons, quizzes, tracks or assembly, so it offers nothing.</summary>
    public const string EmptyModule = "TRN029";

    /// <summary>TRN030: A lesson's <c>file</c> does not exist in the module folder.</summary>
    public const string LessonFileMissing = "TRN030";

    /// <summary>TRN031: A quiz's <c>file</c> does not exist in the module folder.</summary>
    public const string QuizFileMissing = "TRN031";

    /// <summary>TRN032: The <c>assembly</c> of a code plugin does not exist in the module folder.</summary>
    public const string AssemblyMissing = "TRN032";
}
