using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

/// <summary>Renames folders for real, except the n-th rename, which fails as a locked or read-only folder would.</summary>
internal sealed class FailingFolderMover(int failingCall) : IFolderMover
{
    private int _calls;

    public void Move(string source, string destination)
    {
        if (++_calls == failingCall)
        {
            throw new IOException("Access to the path is denied (simulated).");
        }

        Directory.Move(source, destination);
    }
}
