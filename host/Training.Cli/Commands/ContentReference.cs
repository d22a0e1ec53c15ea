using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary>Parses <c>MODULE/ITEM</c> references such as <c>mopa.maps/final</c>.</summary>
internal static class ContentReference
{
    public static (string Module, string Item) Parse(string reference, string itemKind)
    {
        var slash = reference.LastIndexOf('/');
        if (slash <= 0 || slash == reference.Length - 1)
        {
            throw new CliException($"'{reference}' is not a MODULE/{itemKind.ToUpperInvariant()} reference. Write it as e.g. 'mopa.maps/{(itemKind == "quiz" ? "final" : "introduction")}'.", ExitCodes.Usage);
        }

        return (reference[..slash], reference[(slash + 1)..]);
    }
}
