namespace Training.Engine.Xapi;

/// <summary>How learning events become xAPI statements: where activity IRIs and trainee accounts live.</summary>
public sealed record XapiOptions
{
    /// <summary>The default <see cref="BaseIri"/>: a reserved, never-resolving domain, so nothing pretends to be a real site.</summary>
    public const string DefaultBaseIri = "https://training.invalid/xapi/";

    /// <summary>
    /// The prefix of every activity and extension IRI (ends with <c>/</c>; one is added when missing),
    /// e.g. <c>{base}modules/{module}/lessons/{lesson}</c>.
    /// </summary>
    public string BaseIri { get; init; } = DefaultBaseIri;

    /// <summary>The account <c>homePage</c> of trainees without an e-mail; by default <see cref="BaseIri"/>'s origin.</summary>
    public string? AccountHomePage { get; init; }

    /// <summary>The base IRI, ending with exactly one slash.</summary>
    public string NormalizedBaseIri => BaseIri.EndsWith('/') ? BaseIri : BaseIri + "/";

    /// <summary>The account home page in use.</summary>
    public string EffectiveHomePage =>
        AccountHomePage ?? (Uri.TryCreate(BaseIri, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : BaseIri);

    /// <summary>Checks that both IRIs are absolute http(s) addresses.</summary>
    /// <exception cref="ArgumentException">One of them is not.</exception>
    public void Validate()
    {
        Require(BaseIri, "base IRI");
        Require(EffectiveHomePage, "account home page");
    }

    private static void Require(string value, string what)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The xAPI {what} '{value}' is not an absolute http(s) IRI; give one such as {DefaultBaseIri}.");
        }
    }
}
