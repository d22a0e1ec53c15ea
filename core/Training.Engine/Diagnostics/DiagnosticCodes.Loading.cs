namespace Training.Engine.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>Two modules in the same search location declare the same id.</summary>
    public const string DuplicateModuleId = "TRN070";

    /// <summary>A required module is not installed.</summary>
    public const string MissingDependency = "TRN071";

    /// <summary>A required module is installed in a version outside the required range.</summary>
    public const string IncompatibleDependency = "TRN072";

    /// <summary>Modules require each other in a cycle.</summary>
    public const string DependencyCycle = "TRN073";

    /// <summary>A required module failed to load, so this one cannot load either.</summary>
    public const string DependencyFailed = "TRN074";

    /// <summary>The plugin was compiled against a newer Training.Sdk than the host has.</summary>
    public const string PluginNeedsNewerSdk = "TRN075";

    /// <summary>The plugin assembly is missing or is not a loadable .NET assembly.</summary>
    public const string PluginAssemblyUnloadable = "TRN076";

    /// <summary>The plugin assembly has no usable ITrainingModule implementation, or more than one.</summary>
    public const string PluginEntryPointInvalid = "TRN077";

    /// <summary>The plugin's constructor threw.</summary>
    public const string PluginConstructorFailed = "TRN078";

    /// <summary>The plugin's ConfigureServices or Configure threw.</summary>
    public const string PluginConfigureFailed = "TRN079";

    /// <summary>A lesson file cannot be read or its front matter is invalid.</summary>
    public const string LessonInvalid = "TRN033";

    /// <summary>A translated lesson or quiz does not match the original (question ids or types differ).</summary>
    public const string TranslationMismatch = "TRN034";

    /// <summary>A track id is defined by two modules.</summary>
    public const string DuplicateTrackId = "TRN035";

    /// <summary>A question type id is registered twice, or reuses a built-in id.</summary>
    public const string DuplicateQuestionType = "TRN036";

    /// <summary>Content added in code repeats an id or is invalid.</summary>
    public const string InvalidContributedContent = "TRN037";

    /// <summary>A track names a module that is not loaded; the track cannot be followed.</summary>
    public const string TrackModuleUnavailable = "TRN038";

    /// <summary>A language variant of a lesson or quiz is missing (warning).</summary>
    public const string TranslationMissing = "TRN039";
}
