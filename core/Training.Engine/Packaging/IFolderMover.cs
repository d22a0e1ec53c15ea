namespace Training.Engine.Packaging;

/// <summary>
/// Renames a folder. The installer's swap goes through this seam so tests can make one step fail and
/// check that the previous version comes back; production uses <see cref="FolderMover"/>.
/// </summary>
internal interface IFolderMover
{
    /// <summary>Renames a folder on the same volume (atomic there).</summary>
    /// <param name="source">The folder.</param>
    /// <param name="destination">Its new path, which must not exist.</param>
    void Move(string source, string destination);
}
