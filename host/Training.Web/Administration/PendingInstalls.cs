using System.Collections.Concurrent;

namespace Training.Web.Administration;

/// <summary>
/// Modules installed through the web since the host started. The module catalog loads once, at
/// startup (pages never reload it), so these take effect at the next start; the modules page lists them
/// until then.
/// </summary>
internal sealed class PendingInstalls(TimeProvider time)
{
    private readonly ConcurrentQueue<PendingInstall> _installs = new();

    public IReadOnlyList<PendingInstall> All => [.. _installs];

    public void Add(string id, string version, string? previousVersion, string userName) =>
        _installs.Enqueue(new PendingInstall(id, version, previousVersion, userName, time.GetUtcNow()));
}
