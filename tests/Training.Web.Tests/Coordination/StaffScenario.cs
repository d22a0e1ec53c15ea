using System.Collections.Concurrent;
using System.Text.Json;
using Training.Engine.Access;
using Training.TestSupport;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Coordination;

/// <summary>
/// Two cohorts on <c>rev.track</c> (tests/modules/review/v1: quiz <c>final</c> with essay <c>story</c>
/// worth 3 and true/false <c>sun</c>; quiz <c>stats</c>, four true/false; certificates valid one day),
/// arranged through the engine's admin workspace, as an admin would:
/// <list type="bullet">
/// <item>cohort <c>a</c> (deadline yesterday), coordinated by <c>coord-a</c>: anna completed the track
/// (her essay graded, certificate issued), ben's essay waits for a grade, dora did nothing;</item>
/// <item>cohort <c>b</c> (no deadline), coordinated by <c>coord-b</c>: carl's essay waits for a grade, eli did nothing.</item>
/// </list>
/// Accounts: trainees anna and carl, coordinators coord-a and coord-b, and admin.
/// </summary>
internal sealed class StaffScenario : IDisposable
{
    public const string Password = "correct-horse-battery";

    private static readonly Lazy<StaffScenario> s_shared = new(() => new StaffScenario());
    private static readonly Lazy<StaffScenario> s_writable = new(() => new StaffScenario());

    private readonly ConcurrentDictionary<string, WebClient> _clients = new(StringComparer.Ordinal);

    public StaffScenario(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        App = new WebApp(settings, Clock, Path.Combine(RepositoryPaths.Root, "tests", "modules", "review", "v1"));
        var admin = App.Platform.Access.ForAdmin(Principal.LocalOperator);
        var yesterday = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        admin.CreateCohort("a", "rev.track", "Cohorte A", yesterday);
        admin.CreateCohort("b", "rev.track", "Cohorte B");
        foreach (var (id, name) in new[] { ("anna", "Anna Arnaud"), ("ben", "Ben Barbier"), ("dora", "Dora Dupuy"), ("carl", "Carl <b>Cazaux</b>"), ("eli", "Éli Estève") })
        {
            admin.AddTrainee(id, name);
        }

        admin.AddToCohort("a", ["anna", "ben", "dora"]);
        admin.AddToCohort("b", ["carl", "eli"]);
        admin.AddUser("anna", Password, Role.Trainee, "anna");
        admin.AddUser("carl", Password, Role.Trainee, "carl");
        admin.AddUser("coord-a", Password, Role.Coordinator, displayName: "Claire (A)");
        admin.AddUser("coord-b", Password, Role.Coordinator, displayName: "Bruno (B)");
        admin.AddUser("admin", Password, Role.Admin);
        admin.AssignCoordinator("a", "coord-a");
        admin.AssignCoordinator("b", "coord-b");

        var records = App.Platform.Records;
        Clock.Advance(TimeSpan.FromMinutes(1));
        records.TakeQuiz("anna", "rev.essays", "stats", Sheet(new() { ["q1"] = true, ["q2"] = true, ["q3"] = true, ["q4"] = true }));
        var annaFinal = records.TakeQuiz("anna", "rev.essays", "final", Final("Une visite réussie : accueil, écoute, conseils."));
        admin.GradeEssay(annaFinal.AttemptId, "story", 3, "Très bien.");
        records.TakeQuiz("ben", "rev.essays", "stats", Sheet(new() { ["q1"] = true, ["q2"] = false, ["q3"] = true, ["q4"] = false }));
        BenEssay = records.TakeQuiz("ben", "rev.essays", "final", Final("Ben raconte une visite.")).AttemptId;
        records.TakeQuiz("carl", "rev.essays", "stats", Sheet(new() { ["q1"] = false, ["q2"] = true, ["q3"] = false, ["q4"] = true }));
        CarlEssay = records.TakeQuiz("carl", "rev.essays", "final", Final("Carl raconte une visite <script>alert(1)</script>.")).AttemptId;
        AnnaCertificate = records.ListCertificates("anna").Single().Id;
    }

    /// <summary>One scenario for the fixtures that only read it (built on first use, disposed by <see cref="SharedStaffScenario"/>).</summary>
    public static StaffScenario Shared => s_shared.Value;

    /// <summary>
    /// One scenario for the fixtures that change it, each with names of its own (new trainees,
    /// accounts, cohorts) and leaving what the others rely on as it was (ben's and carl's essays stay pending).
    /// </summary>
    public static StaffScenario Writable => s_writable.Value;

    /// <summary>Disposes the shared scenarios that were built.</summary>
    public static void DisposeShared()
    {
        foreach (var scenario in new[] { s_shared, s_writable }.Where(s => s.IsValueCreated))
        {
            scenario.Value.Dispose();
        }
    }

    public ManualTimeProvider Clock { get; }

    public WebApp App { get; }

    /// <summary>Ben's attempt at <c>final</c> (cohort a), its essay pending.</summary>
    public long BenEssay { get; }

    /// <summary>Carl's attempt at <c>final</c> (cohort b), its essay pending.</summary>
    public long CarlEssay { get; }

    public string AnnaCertificate { get; }

    /// <summary>A new client, signed in: the caller disposes it.</summary>
    public async Task<WebClient> SignedIn(string userName)
    {
        var client = App.Client();
        await client.SignIn(userName, Password);
        return client;
    }

    /// <summary>A client signed in once per user and kept (signing in hashes a password: slow on purpose). Do not dispose it.</summary>
    public async Task<WebClient> As(string userName)
    {
        if (_clients.TryGetValue(userName, out var client))
        {
            return client;
        }

        client = await SignedIn(userName);
        return _clients.GetOrAdd(userName, client);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        App.Dispose();
    }

    private static JsonElement Sheet(Dictionary<string, object> answers) => JsonSerializer.SerializeToElement(answers);

    private static JsonElement Final(string essay) => Sheet(new() { ["story"] = essay, ["sun"] = true });
}
