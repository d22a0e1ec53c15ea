namespace Training.Fuzzing.Targets;

/// <summary>
/// Where targets write their files: a memory-backed folder when the system has one (/dev/shm on Linux),
/// since the package target writes a file and often installs a module on every execution.
/// </summary>
internal static class ScratchFolder
{
    public static string Root { get; } = Path.Combine(
        Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(),
        "training-fuzz");
}
