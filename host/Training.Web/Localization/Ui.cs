using Microsoft.AspNetCore.Localization;

namespace Training.Web.Localization;

/// <summary>
/// The interface language of the current request (<c>fr</c> or <c>en</c>) and its strings. Strings are
/// written in both languages where they are used (<c>Ui.T("Bonjour", "Hello")</c>): with two
/// languages, keeping each pair side by side means no string can be missing in one of them.
/// </summary>
internal sealed class Ui(IHttpContextAccessor accessor)
{
    public const string French = "fr";
    public const string English = "en";

    public static IReadOnlyList<string> Languages { get; } = [French, English];

    /// <summary>The request's language, from the culture chosen by request localization.</summary>
    public string Language => Of(accessor.HttpContext);

    public bool IsEnglish => Language == English;

    public static string Of(HttpContext? context)
    {
        var culture = context?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
        return culture?.TwoLetterISOLanguageName == English ? English : French;
    }

    /// <summary>The string in the request's language.</summary>
    public string T(string french, string english) => IsEnglish ? english : french;
}
