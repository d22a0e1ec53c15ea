using Training.Engine.Modules;
using Training.Web.Hosting;

namespace Training.Web.Assets;

/// <summary>
/// Serves a loaded module's own images, styles and scripts (a map image, a question type's script)
/// at <c>/modules/{id}/assets/{path}</c>. Only files inside the module's folder, only the file types
/// listed here: never a quiz or lesson source (they hold answer keys), never a path that leaves the
/// folder (<c>..</c>, absolute paths, links pointing outside).
/// </summary>
internal static class ModuleAssets
{
    public const string Route = "/modules/{moduleId}/assets/{**path}";

    // The asset itself may be an SVG opened directly: it must not run script in this site's origin.
    private const string AssetPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

    private static readonly Dictionary<string, string> s_types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".woff2"] = "font/woff2",
    };

    /// <summary>The URL of a file given relative to a module's folder.</summary>
    public static string Url(string moduleId, string path) =>
        "/modules/" + Uri.EscapeDataString(moduleId) + "/assets/" +
        string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));

    public static IEndpointConventionBuilder MapModuleAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, (string moduleId, string? path, TrainingPlatform platform, HttpContext context) =>
        {
            if (platform.Catalog.FindLoaded(moduleId) is not { } module || Resolve(module, path) is not { } file)
            {
                return Results.NotFound();
            }

            context.Response.Headers.ContentSecurityPolicy = AssetPolicy;
            context.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.File(file.FullName, s_types[file.Extension], lastModified: file.LastWriteTimeUtc, entityTag: null);
        }).RequireAuthorization();

    /// <summary>The file a request names, or null when it is not a servable file of the module.</summary>
    public static FileInfo? Resolve(LoadedModule module, string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\\') || path.Contains('\0') || path.Contains(':'))
        {
            return null;
        }

        var segments = path.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.StartsWith('.')))
        {
            return null;
        }

        if (!s_types.ContainsKey(Path.GetExtension(path)))
        {
            return null;
        }

        var root = Path.GetFullPath(module.Directory);
        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!IsInside(root, full))
        {
            return null;
        }

        var file = new FileInfo(full);
        if (!file.Exists)
        {
            return null;
        }

        // A link inside the folder may point anywhere: follow it and check again.
        if (file.LinkTarget is not null)
        {
            var target = file.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(root, Path.GetFullPath(target.FullName)) || !s_types.ContainsKey(target.Extension))
            {
                return null;
            }
        }

        // So must any linked folder on the way.
        for (var folder = file.Directory; folder is not null && IsInside(root, folder.FullName); folder = folder.Parent)
        {
            if (folder.LinkTarget is not null)
            {
                return null;
            }
        }

        return file;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The content type served for a file name, or null when such files are not served.</summary>
    public static string? ContentTypeOf(string fileName) => s_types.GetValueOrDefault(Path.GetExtension(fileName));
}
