namespace Training.Engine.Packaging;

/// <summary>A module folder already in the modules folder, as the validator reads it.</summary>
/// <param name="Directory">The folder's full path.</param>
/// <param name="Id">Its id, or null when unreadable.</param>
/// <param name="Version">Its version, or null when unreadable.</param>
internal sealed record InstalledModule(string Directory, string? Id, string? Version);
