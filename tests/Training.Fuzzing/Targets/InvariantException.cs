namespace Training.Fuzzing.Targets;

/// <summary>Thrown by a target when the engine returned but broke a promise (wrote outside its folder, said valid with errors).</summary>
internal sealed class InvariantException : Exception
{
    public InvariantException()
    {
    }

    public InvariantException(string message)
        : base(message)
    {
    }

    public InvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
