using System.Net;

namespace Training.Engine.Xapi;

/// <summary>An LRS refused a batch of statements, or could not be reached, after the retries.</summary>
public sealed class LrsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the batch and the HTTP status.</param>
    /// <param name="batch">The batch number, from 1.</param>
    /// <param name="status">The last HTTP status, or null when no response arrived.</param>
    /// <param name="stored">How many statements earlier batches stored.</param>
    /// <param name="inner">The transport error, if any.</param>
    public LrsException(string message, int batch, HttpStatusCode? status, int stored, Exception? inner = null)
        : base(message, inner)
    {
        Batch = batch;
        Status = status;
        Stored = stored;
    }

    /// <summary>The batch that failed, from 1.</summary>
    public int Batch { get; }

    /// <summary>The last HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>How many statements earlier batches stored before the failure.</summary>
    public int Stored { get; }
}
