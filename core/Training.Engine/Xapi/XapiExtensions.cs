namespace Training.Engine.Xapi;

/// <summary>The extension IRIs Training writes, relative to the base IRI (docs/coordinators.md).</summary>
internal static class XapiExtensions
{
    public const string ModuleVersion = "extensions/module-version";
    public const string Attempt = "extensions/attempt";
    public const string Certificate = "extensions/certificate";
}
