using System.Diagnostics;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// The latencies of one page under load, with the processor time the web host and this process (the
/// load generator) spent meanwhile: on a shared machine, the CPU cost per request says whether a
/// latency comes from the page's own work or from the load around it.
/// </summary>
internal sealed class WebLatencySample
{
    private readonly List<double> _times = [];
    private TimeSpan _hostCpu;
    private TimeSpan _clientCpu;

    public IReadOnlyList<double> Times => _times;

    public int Count => _times.Count;

    /// <summary>The web host's processor time per request, in microseconds.</summary>
    public double HostMicrosecondsPerRequest => _hostCpu.TotalMicroseconds / Math.Max(1, _times.Count);

    /// <summary>The load generator's processor time per request, in microseconds.</summary>
    public double ClientMicrosecondsPerRequest => _clientCpu.TotalMicroseconds / Math.Max(1, _times.Count);

    public double Percentile(double p)
    {
        // Nearest rank.
        var sorted = _times.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public async Task Measure(Func<TimeSpan> hostCpu, Func<Task<List<double>>> load)
    {
        using var self = Process.GetCurrentProcess();
        var host0 = hostCpu();
        var client0 = self.TotalProcessorTime;
        var times = await load();
        self.Refresh();
        _clientCpu += self.TotalProcessorTime - client0;
        _hostCpu += hostCpu() - host0;
        _times.AddRange(times);
    }

    public string CpuText() => $"host CPU {HostMicrosecondsPerRequest:F0} µs and load generator CPU {ClientMicrosecondsPerRequest:F0} µs per request";
}
