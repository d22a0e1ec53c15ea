namespace Training.Engine.Modules;

/// <summary>Whether a discovered module made it into the catalog.</summary>
public enum ModuleStatus
{
    /// <summary>Validated and loaded; its content is usable.</summary>
    Loaded,

    /// <summary>Reported with at least one error and skipped; the other modules still run.</summary>
    Failed,
}
