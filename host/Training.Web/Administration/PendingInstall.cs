namespace Training.Web.Administration;

/// <summary>A module installed since the host started: who installed which version, replacing which.</summary>
internal sealed record PendingInstall(string Id, string Version, string? PreviousVersion, string UserName, DateTimeOffset At);
