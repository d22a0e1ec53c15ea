using System.Runtime.InteropServices;

namespace Training.Benchmarks.Harness;

/// <summary>
/// The peak resident memory (and CPU time) of finished child processes, from the kernel (<c>getrusage(RUSAGE_CHILDREN)</c>:
/// the largest <c>ru_maxrss</c> among the waited-for children). A process started only to run one
/// child and read this gets exactly that child's peak, whatever it did and however briefly.
/// </summary>
internal static partial class PeakMemory
{
    private const int RusageChildren = -1;

    /// <summary>The largest peak resident set of this process's finished children, in bytes.</summary>
    public static long OfFinishedChildren()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Peak memory is read with getrusage on Linux.");
        }

        if (GetRusage(RusageChildren, out var usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        // Linux reports ru_maxrss in kilobytes.
        return usage.MaxResidentKilobytes * 1024;
    }

    /// <summary>The CPU time (user + system) of this process's finished children so far.</summary>
    public static TimeSpan CpuOfFinishedChildren()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds) + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedText;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
