namespace Training.Web.Coordination;

/// <summary>The URLs of the coordinator and admin pages, escaped once here.</summary>
internal static class CoordinateUrls
{
    public const string Cohorts = "/coordinate";
    public const string Items = "/coordinate/items";
    public const string Review = "/coordinate/review";
    public const string Certificates = "/coordinate/certificates";
    public const string Admin = "/admin";
    public const string AdminModules = "/admin/modules";
    public const string AdminUsers = "/admin/users";
    public const string AdminCohorts = "/admin/cohorts";

    public static string Cohort(string cohortId, string? filter = null) =>
        "/coordinate/cohorts/" + Uri.EscapeDataString(cohortId) + (string.IsNullOrEmpty(filter) ? string.Empty : "?filter=" + Uri.EscapeDataString(filter));

    public static string Export(string cohortId, string format, string? filter = null) =>
        "/coordinate/cohorts/" + Uri.EscapeDataString(cohortId) + "/export/" + format + (string.IsNullOrEmpty(filter) ? string.Empty : "?filter=" + Uri.EscapeDataString(filter));

    public static string Trainee(string traineeId) => "/coordinate/trainees/" + Uri.EscapeDataString(traineeId);

    public static string ItemsOf(string moduleId, string quizId) => Items + "?quiz=" + Uri.EscapeDataString(moduleId + "/" + quizId);
}
