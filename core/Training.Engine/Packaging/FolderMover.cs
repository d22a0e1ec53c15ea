namespace Training.Engine.Packaging;

/// <summary>Renames folders with <see cref="Directory.Move(string, string)"/>.</summary>
internal sealed class FolderMover : IFolderMover
{
    /// <inheritdoc />
    public void Move(string source, string destination) => Directory.Move(source, destination);
}
