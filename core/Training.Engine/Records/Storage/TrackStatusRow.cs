namespace Training.Engine.Records.Storage;

/// <summary>Projection row: a trainee's completion of a track.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="TrackId">The track.</param>
/// <param name="Completed">True when every module of the track is completed.</param>
/// <param name="CompletedAt">When it was (last) completed, or null.</param>
/// <param name="CertificateId">The latest certificate issued for it, or null.</param>
public sealed record TrackStatusRow(string TraineeId, string TrackId, bool Completed, DateTimeOffset? CompletedAt, string? CertificateId);
