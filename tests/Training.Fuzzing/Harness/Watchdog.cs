using System.Diagnostics;

namespace Training.Fuzzing;

/// <summary>
/// A thread that watches the input being run, as libFuzzer's timer does: past the timeout it is a hang,
/// and above the memory ceiling the process is out of bounds. Both are fatal, since the stuck or bloated
/// input cannot be taken back from the thread running it: the input is handed to <see cref="Fatal"/>,
/// which saves it and ends the process.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private static readonly TimeSpan s_period = TimeSpan.FromMilliseconds(50);

    private readonly FuzzOptions _options;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private long _startedAt;
    private byte[]? _current;
    private string? _target;

    public Watchdog(FuzzOptions options, Action<string, string, byte[], string> fatal)
    {
        _options = options;
        Fatal = fatal;
        _thread = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
        _thread.Start();
    }

    /// <summary>Called once, from the watchdog thread, with the target, the kind ("hang" or "memory"), the input and a detail.</summary>
    public Action<string, string, byte[], string> Fatal { get; }

    /// <summary>The highest resident memory sampled so far, in bytes.</summary>
    public long PeakResidentBytes { get; private set; }

    /// <summary>Marks the start of one input.</summary>
    public void Begin(string target, byte[] input)
    {
        _target = target;
        Volatile.Write(ref _current, input);
        Volatile.Write(ref _startedAt, Stopwatch.GetTimestamp());
    }

    /// <summary>Marks its end.</summary>
    public void End() => Volatile.Write(ref _startedAt, 0);

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Token.WaitHandle.WaitOne(s_period))
        {
            var resident = Environment.WorkingSet;
            PeakResidentBytes = Math.Max(PeakResidentBytes, resident);
            var input = Volatile.Read(ref _current);
            var startedAt = Volatile.Read(ref _startedAt);
            if (startedAt != 0 && input is not null)
            {
                var elapsed = Stopwatch.GetElapsedTime(startedAt);
                if (elapsed > _options.Timeout)
                {
                    Fatal(_target!, "hang", input, $"one input ran for more than {_options.Timeout.TotalMilliseconds:0} ms");
                    return;
                }

                if (resident > _options.MaxResidentBytes)
                {
                    Fatal(_target!, "memory", input, $"resident memory reached {resident / (1024 * 1024)} MB (limit {_options.MaxResidentBytes / (1024 * 1024)} MB)");
                    return;
                }
            }
        }
    }
}
