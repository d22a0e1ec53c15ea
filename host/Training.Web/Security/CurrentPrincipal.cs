using System.Security.Claims;
using Training.Engine.Access;
using Training.Web.Hosting;

namespace Training.Web.Security;

/// <summary>
/// The engine <see cref="Principal"/> of the signed-in user, and the workspaces it may use. Pages
/// act only through these workspaces, so the engine checks every role and scope again.
/// </summary>
internal sealed class CurrentPrincipal(IHttpContextAccessor accessor, TrainingPlatform platform)
{
    private Principal? _principal;

    /// <summary>The principal, or null when nobody is signed in.</summary>
    public Principal? Principal => _principal ??= From(accessor.HttpContext?.User);

    public Principal Required => Principal ?? throw new AccessDeniedException("Sign in first.");

    public TraineeWorkspace Trainee() => platform.Access.ForTrainee(Required);

    public CoordinatorWorkspace Coordinator() => platform.Access.ForCoordinator(Required);

    public AdminWorkspace Admin() => platform.Access.ForAdmin(Required);

    public static Principal? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.Identity.Name is not { Length: > 0 } name)
        {
            return null;
        }

        Role? role = user.FindFirst(ClaimTypes.Role)?.Value switch
        {
            RoleNames.Trainee => Role.Trainee,
            RoleNames.Coordinator => Role.Coordinator,
            RoleNames.Admin => Role.Admin,
            _ => null,
        };
        return role is { } known ? new Principal(name, known, user.FindFirst(TrainingClaims.TraineeId)?.Value) : null;
    }
}
