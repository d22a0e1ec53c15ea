namespace Training.Engine.Xapi;

/// <summary>A verb: its IRI and its display in English and French.</summary>
internal sealed record XapiVerb(string Id, string English, string French);
