namespace Training.Engine.Xapi;

/// <summary>What the export remembers of an attempt-started event for the events that close the attempt.</summary>
internal sealed record AttemptContext(DateTimeOffset StartedAt, string Language);
