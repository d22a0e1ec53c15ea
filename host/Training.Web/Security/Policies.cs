using System.Security.Claims;

namespace Training.Web.Security;

/// <summary>
/// The authorization policies, one per area: <c>/Learn</c> (trainees), <c>/Coordinate</c>
/// (coordinators and admins), <c>/Admin</c> (admins). Role claims hold the engine's role names in
/// lowercase (<see cref="RoleNames"/>).
/// </summary>
internal static class Policies
{
    public const string Trainee = "trainee";
    public const string Coordinator = "coordinator";
    public const string Admin = "admin";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        // A trainee account always names the trainee it acts as; without it there is nothing to show.
        builder.AddPolicy(Trainee, policy => policy.RequireRole(RoleNames.Trainee).RequireClaim(TrainingClaims.TraineeId));
        builder.AddPolicy(Coordinator, policy => policy.RequireRole(RoleNames.Coordinator, RoleNames.Admin));
        builder.AddPolicy(Admin, policy => policy.RequireRole(RoleNames.Admin));
    }

    public static bool IsTrainee(ClaimsPrincipal user) => user.IsInRole(RoleNames.Trainee) && user.HasClaim(c => c.Type == TrainingClaims.TraineeId);

    public static bool IsCoordinator(ClaimsPrincipal user) => user.IsInRole(RoleNames.Coordinator) || user.IsInRole(RoleNames.Admin);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(RoleNames.Admin);
}
