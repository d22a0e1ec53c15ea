namespace Training.Engine.Xapi;

/// <summary>The verbs Training exports (docs/coordinators.md lists which event gives which).</summary>
internal static class XapiVerbs
{
    private const string Adl = "http://adlnet.gov/expapi/verbs/";

    public static readonly XapiVerb Registered = new(Adl + "registered", "registered", "s'est inscrit");
    public static readonly XapiVerb Completed = new(Adl + "completed", "completed", "a terminé");
    public static readonly XapiVerb Attempted = new(Adl + "attempted", "attempted", "a tenté");
    public static readonly XapiVerb Answered = new(Adl + "answered", "answered", "a répondu");
    public static readonly XapiVerb Passed = new(Adl + "passed", "passed", "a réussi");
    public static readonly XapiVerb Failed = new(Adl + "failed", "failed", "a échoué");
    public static readonly XapiVerb Terminated = new(Adl + "terminated", "terminated", "a arrêté");

    // The ADL vocabulary has no "earned"; the Open Badges xAPI recipe defines this one for credentials.
    public static readonly XapiVerb Earned = new("http://specification.openbadges.org/xapi/verbs/earned", "earned", "a obtenu");
}
