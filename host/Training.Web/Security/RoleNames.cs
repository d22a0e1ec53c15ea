namespace Training.Web.Security;

/// <summary>The role claim values: the engine's roles, lowercase.</summary>
internal static class RoleNames
{
    public const string Trainee = "trainee";
    public const string Coordinator = "coordinator";
    public const string Admin = "admin";
}
