using System.Runtime.InteropServices;

namespace Training.Benchmarks.Harness;

/// <summary>
/// The CPU time of the calling thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): for one-thread
/// work, the time it cost whatever else the machine was running.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>The thread's CPU time so far, or zero where the clock is not available.</summary>
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromMicroseconds(time.Nanoseconds / 1000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
