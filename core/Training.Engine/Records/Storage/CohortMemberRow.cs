namespace Training.Engine.Records.Storage;

/// <summary>A cohort member with their standing in the cohort's track.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="Name">The trainee's name.</param>
/// <param name="AddedAt">When they joined the cohort.</param>
/// <param name="TrackCompleted">Whether the track status says completed.</param>
/// <param name="CertificateId">The track's latest certificate, or null.</param>
public sealed record CohortMemberRow(string TraineeId, string Name, DateTimeOffset AddedAt, bool TrackCompleted, string? CertificateId);
