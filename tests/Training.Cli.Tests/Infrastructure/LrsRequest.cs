using System.Net;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>One request the fake LRS received, and the status it answered.</summary>
public sealed record LrsRequest(string Method, string Path, string? Version, string? ContentType, string? Authorization, string Body, HttpStatusCode Status);
