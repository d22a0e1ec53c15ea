namespace Training.Web.Learning;

/// <summary>The URLs of the trainee's pages, in one place.</summary>
internal static class LearnUrls
{
    public const string Dashboard = "/learn";
    public const string Certificates = "/learn/certificates";

    public static string Track(string trackId) => "/learn/tracks/" + Uri.EscapeDataString(trackId);

    public static string Module(string moduleId) => "/learn/modules/" + Uri.EscapeDataString(moduleId);

    public static string Lesson(string moduleId, string lessonId) => Module(moduleId) + "/lessons/" + Uri.EscapeDataString(lessonId);

    public static string Quiz(string moduleId, string quizId) => Module(moduleId) + "/quizzes/" + Uri.EscapeDataString(quizId);

    public static string Certificate(string certificateId) => Certificates + "/" + Uri.EscapeDataString(certificateId);
}
