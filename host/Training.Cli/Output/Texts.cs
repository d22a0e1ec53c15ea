namespace Training.Cli.Output;

/// <summary>The few interface strings of the command line, in French and English.</summary>
internal static class Texts
{
    private static readonly Dictionary<string, (string Fr, string En)> s_texts = new(StringComparer.Ordinal)
    {
        ["loading-modules"] = ("Chargement des modules", "Loading modules"),
        ["id"] = ("Id", "Id"),
        ["version"] = ("Version", "Version"),
        ["kind"] = ("Type", "Kind"),
        ["title"] = ("Titre", "Title"),
        ["lessons"] = ("Leçons", "Lessons"),
        ["quizzes"] = ("Quiz", "Quizzes"),
        ["status"] = ("État", "Status"),
        ["modules"] = ("Modules", "Modules"),
        ["validity"] = ("Validité", "Validity"),
        ["valid"] = ("Utilisable", "Usable"),
        ["none"] = ("aucun", "none"),
        ["no-modules"] = ("Aucun module trouvé.", "No modules found."),
        ["no-tracks"] = ("Aucun parcours.", "No tracks."),
        ["requires"] = ("Requiert", "Requires"),
        ["prerequisites"] = ("Prérequis", "Prerequisites"),
        ["authors"] = ("Auteurs", "Authors"),
        ["tracks"] = ("Parcours", "Tracks"),
        ["questions"] = ("Questions", "Questions"),
        ["settings"] = ("Règles", "Settings"),
    };

    public static string Get(string language, string key) =>
        s_texts.TryGetValue(key, out var text) ? (language == "en" ? text.En : text.Fr) : key;
}
