namespace Training.Engine.Xapi;

/// <summary>What the export knows of a trainee from the trainee-added event.</summary>
internal sealed record TraineeIdentity(string Name, string? Email);
