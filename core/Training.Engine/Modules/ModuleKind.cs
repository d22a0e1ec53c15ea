namespace Training.Engine.Modules;

/// <summary>How a module is delivered.</summary>
public enum ModuleKind
{
    /// <summary>Markdown lessons and GIFT quizzes with a manifest; no compiler needed.</summary>
    Content,

    /// <summary>A compiled plugin (the manifest names its assembly).</summary>
    Code,
}
