using System.Text.Json.Serialization;

namespace Training.Engine.Access;

/// <summary>What a principal may do (docs/access.md has the full table). Serialized as <c>trainee</c>, <c>coordinator</c> or <c>admin</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    /// <summary>Follows tracks: sees only their own records, never an answer key before submitting.</summary>
    [JsonStringEnumMemberName("trainee")]
    Trainee,

    /// <summary>Follows the cohorts they are assigned to: reports, essays to grade, certificates due.</summary>
    [JsonStringEnumMemberName("coordinator")]
    Coordinator,

    /// <summary>Manages accounts, cohorts and modules, and sees every cohort.</summary>
    [JsonStringEnumMemberName("admin")]
    Admin,
}
