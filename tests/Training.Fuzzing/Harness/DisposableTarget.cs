using Training.Fuzzing.Targets;

namespace Training.Fuzzing;

/// <summary>Disposes a target when it is disposable (those that keep a temporary folder).</summary>
internal sealed class DisposableTarget(IFuzzTarget target) : IDisposable
{
    public IFuzzTarget Target { get; } = target;

    public void Dispose() => (Target as IDisposable)?.Dispose();
}
