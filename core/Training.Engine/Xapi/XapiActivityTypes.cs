namespace Training.Engine.Xapi;

/// <summary>The activity types of exported objects (ADL activity types, plus the Activity Streams badge for certificates).</summary>
internal static class XapiActivityTypes
{
    private const string Adl = "http://adlnet.gov/expapi/activities/";

    public const string Course = Adl + "course";
    public const string Module = Adl + "module";
    public const string Lesson = Adl + "lesson";
    public const string Assessment = Adl + "assessment";
    public const string Interaction = Adl + "cmi.interaction";
    public const string Badge = "http://activitystrea.ms/schema/1.0/badge";
}
