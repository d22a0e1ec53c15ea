using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Puts a staged module in place of the installed one with renames inside the modules folder, which are
/// atomic on one volume: the old folder is moved aside, the new one moved in, and the old one deleted only
/// once the new one is in place. If the second rename fails, the old folder is moved back.
/// </summary>
/// <param name="mover">How folders are renamed.</param>
/// <param name="diagnostics">Where failures go.</param>
internal sealed class FolderSwap(IFolderMover mover, DiagnosticBag diagnostics)
{
    private const string Hint = "Check the modules folder's permissions and that no program holds files open in it, then try again.";

    /// <summary>Replaces (or creates) the target folder with the staged one.</summary>
    /// <param name="staging">The staged module folder, inside the modules folder.</param>
    /// <param name="target">The module's folder, inside the modules folder.</param>
    /// <param name="backup">A free name inside the modules folder for the old version while swapping.</param>
    /// <returns>True when the new version is in place.</returns>
    public bool Replace(string staging, string target, string backup)
    {
        var hadPrevious = Directory.Exists(target);
        if (hadPrevious && !TryMove(target, backup, "Could not move the installed version aside"))
        {
            return false;
        }

        if (TryMove(staging, target, "Could not move the new version into place"))
        {
            if (hadPrevious)
            {
                DeleteBackup(backup);
            }

            return true;
        }

        if (hadPrevious && !TryMove(backup, target, "Could not restore the previous version"))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, $"The previous version is kept in '{backup}'.", new SourceLocation(target), "Rename that folder back to the module's id by hand."));
        }

        return false;
    }

    private bool TryMove(string source, string destination, string what)
    {
        try
        {
            mover.Move(source, destination);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, $"{what}: {exception.Message}", new SourceLocation(destination), Hint));
            return false;
        }
    }

    private void DeleteBackup(string backup)
    {
        if (!FolderCleanup.TryDelete(backup))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PackageOperationFailed, $"The new version is installed, but the previous one could not be deleted from '{backup}'.", new SourceLocation(backup), "Delete that folder by hand; module discovery ignores folders whose name starts with '.'."));
        }
    }
}
