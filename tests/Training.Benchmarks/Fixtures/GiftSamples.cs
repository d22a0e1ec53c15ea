using System.Globalization;
using System.Text;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// GIFT quizzes written the way trainers write them: French with accents and « », every built-in
/// question type, feedback and general feedback, ids in <c>// [id:...]</c> comments. A seed varies
/// the wording so no two generated quizzes are the same text.
/// </summary>
internal static class GiftSamples
{
    /// <summary>The ids of <see cref="Quiz"/>'s questions, in order, with what a right answer is.</summary>
    public static IReadOnlyList<(string Id, string Type)> Questions { get; } =
    [
        ("accueil", "single-choice"),
        ("canaux", "multiple-choice"),
        ("horaires", "true-false"),
        ("ville", "short-answer"),
        ("distance", "numerical"),
        ("reseaux", "matching"),
        ("saison", "single-choice"),
        ("avis", "true-false"),
        ("annee", "numerical"),
        ("sigle", "short-answer"),
        ("outils", "multiple-choice"),
        ("plateformes", "matching"),
    ];

    /// <summary>A quiz of twelve graded questions, a description and an essay.</summary>
    /// <param name="seed">Varies names and numbers.</param>
    /// <param name="english">Writes the English variant (same ids and types).</param>
    /// <param name="pluginTypeId">A plugin question type to use in one more question, or null.</param>
    public static string Quiz(int seed, bool english, string? pluginTypeId = null)
    {
        var n = seed.ToString(CultureInfo.InvariantCulture);
        var km = (12 + (seed % 40)).ToString(CultureInfo.InvariantCulture);
        var town = Towns[seed % Towns.Length];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"$CATEGORY: bench/pack-{n}\n\n");
        text.Append(english
            ? $"::Introduction {n}::This quiz checks what you learnt about welcoming visitors in {town}.\n\n"
            : $"::Introduction {n}::Ce questionnaire vérifie ce que vous avez appris sur l'accueil des visiteurs à {town}.\n\n");
        text.Append(english
            ? $"// [id:accueil] [tag:accueil]\n::Welcome {n}::A visitor asks for the opening hours of the office in {town}. What do you do first?{{\n  =You check the up-to-date listing#Right: the listing is the reference.\n  ~You answer from memory#No: hours change with the season.\n  ~You send them to the town hall#No: that is the office's job.\n  ####Always check the listing before answering.\n}}\n\n"
            : $"// [id:accueil] [tag:accueil]\n::Accueil {n}::Un visiteur demande les horaires de l'office de {town}. Que faites-vous d'abord ?{{\n  =Vous consultez la fiche à jour#Exact : la fiche fait foi.\n  ~Vous répondez de mémoire#Non : les horaires changent selon la saison.\n  ~Vous l'envoyez à la mairie#Non : c'est le rôle de l'office.\n  ####Vérifiez toujours la fiche avant de répondre.\n}}\n\n");
        text.Append(english
            ? "// [id:canaux]\n::Channels::Which channels reach visitors before they arrive?{\n  ~%50%The website#Yes.\n  ~%50%Social networks#Yes.\n  ~%-100%The office's window#No: they are already there.\n}\n\n"
            : "// [id:canaux]\n::Canaux::Quels canaux touchent les visiteurs avant leur arrivée ?{\n  ~%50%Le site web#Oui.\n  ~%50%Les réseaux sociaux#Oui.\n  ~%-100%La vitrine de l'office#Non : ils sont déjà là.\n}\n\n");
        text.Append(english
            ? $"// [id:horaires]\n::Hours::The office in {town} publishes its hours on every listing.{{TRUE#They must, or visitors are misled.#Right.}}\n\n"
            : $"// [id:horaires]\n::Horaires::L'office de {town} publie ses horaires sur chaque fiche.{{TRUE#Il le faut, sinon les visiteurs sont induits en erreur.#Exact.}}\n\n");
        text.Append(english
            ? $"// [id:ville]\n::Town::Which town is this quiz about?{{={town}#Right. =%50%{town.ToUpperInvariant()}#Almost: mind the case.}}\n\n"
            : $"// [id:ville]\n::Ville::De quelle ville parle ce questionnaire ?{{={town}#Exact. =%50%{town.ToUpperInvariant()}#Presque : attention à la casse.}}\n\n");
        text.Append(english
            ? $"// [id:distance]\n::Distance::How many kilometres is the trail from {town} to the coast?{{#{km}:2#Right.}}\n\n"
            : $"// [id:distance]\n::Distance::Combien de kilomètres compte le sentier de {town} à la côte ?{{#{km}:2#Exact.}}\n\n");
        text.Append(english
            ? "// [id:reseaux]\n::Networks::Match each network with what it is best at.{\n  =Instagram -> photos\n  =LinkedIn -> partners\n  =YouTube -> videos\n  = -> faxes\n}\n\n"
            : "// [id:reseaux]\n::Réseaux::Associez chaque réseau à ce qu'il fait le mieux.{\n  =Instagram -> photos\n  =LinkedIn -> partenaires\n  =YouTube -> vidéos\n  = -> télécopies\n}\n\n");
        text.Append(english
            ? "// [id:saison]\nThe busiest season on the coast is {=summer ~winter ~autumn} for most offices.\n\n"
            : "// [id:saison]\nLa saison la plus chargée sur la côte est {=l'été ~l'hiver ~l'automne} pour la plupart des offices.\n\n");
        text.Append(english
            ? "// [id:avis]\n::Reviews::Answering a negative review in public is always a mistake.{FALSE#Answering calmly shows you care.}\n\n"
            : "// [id:avis]\n::Avis::Répondre publiquement à un avis négatif est toujours une erreur.{FALSE#Répondre calmement montre que l'on s'en soucie.}\n\n");
        text.Append(english
            ? $"// [id:annee]\n::Year::In which year did the network open its first office? (between 1990 and 2000){{#=199{seed % 10}:0#Right. =%50%1990..2000#Close.}}\n\n"
            : $"// [id:annee]\n::Année::En quelle année le réseau a-t-il ouvert son premier office ? (entre 1990 et 2000){{#=199{seed % 10}:0#Exact. =%50%1990..2000#Presque.}}\n\n");
        text.Append(english
            ? "// [id:sigle]\n::Acronym::What does « OT » stand for in French?{=office de tourisme =office du tourisme}\n\n"
            : "// [id:sigle]\n::Sigle::Que veut dire « OT » ?{=office de tourisme =office du tourisme}\n\n");
        text.Append(english
            ? "// [id:outils]\n::Tools::Which tools help you keep listings up to date?{\n  ~%33.33333%A shared spreadsheet\n  ~%33.33333%A content calendar\n  ~%33.33334%A booking platform\n  ~%-100%A paper notebook#It cannot be shared.\n}\n\n"
            : "// [id:outils]\n::Outils::Quels outils aident à tenir les fiches à jour ?{\n  ~%33.33333%Un tableur partagé\n  ~%33.33333%Un calendrier éditorial\n  ~%33.33334%Une plateforme de réservation\n  ~%-100%Un carnet papier#Il ne se partage pas.\n}\n\n");
        text.Append(english
            ? "// [id:plateformes]\n::Platforms::Match each platform with its content.{\n  =TripAdvisor -> reviews\n  =Booking -> rooms\n  =OpenStreetMap -> maps\n}\n\n"
            : "// [id:plateformes]\n::Plateformes::Associez chaque plateforme à son contenu.{\n  =TripAdvisor -> avis\n  =Booking -> chambres\n  =OpenStreetMap -> cartes\n}\n\n");
        text.Append(english
            ? "// [id:bilan]\n::Review::In a few lines, how would you welcome a group of twenty hikers?{}\n"
            : "// [id:bilan]\n::Bilan::En quelques lignes, comment accueilleriez-vous un groupe de vingt randonneurs ?{}\n");
        if (pluginTypeId is not null)
        {
            text.Append(english
                ? $"\n// [id:plugin]\n::Plugin::Is the office of {town} open on Sundays in summer?{{@{pluginTypeId} answer=yes ####Most are.}}\n"
                : $"\n// [id:plugin]\n::Extension::L'office de {town} est-il ouvert le dimanche en été ?{{@{pluginTypeId} answer=yes ####La plupart le sont.}}\n");
        }

        return text.ToString();
    }

    /// <summary>A lesson in Markdown with front matter, about the size of a real one (about 300 words).</summary>
    public static string Lesson(int seed, int number, bool english)
    {
        var town = Towns[(seed + number) % Towns.Length];
        var text = new StringBuilder();
        text.Append(english
            ? $"---\ntitle: Welcoming visitors in {town}, part {number}\nduration: 10m\n---\n# Welcoming visitors in {town}\n\n"
            : $"---\ntitle: Accueillir les visiteurs à {town}, partie {number}\nduration: 10m\n---\n# Accueillir les visiteurs à {town}\n\n");
        for (var paragraph = 0; paragraph < 6; paragraph++)
        {
            text.Append(english
                ? $"Visitors who arrive in {town} expect **accurate** information: opening hours, trails, markets and the events of the week. Keep the listings up to date, answer reviews calmly, and share the [map of the area](https://example.invalid/map) so they find their way. Paragraph {paragraph + 1}.\n\n"
                : $"Les visiteurs qui arrivent à {town} attendent une information **exacte** : horaires, sentiers, marchés et événements de la semaine. Tenez les fiches à jour, répondez calmement aux avis et partagez la [carte du territoire](https://example.invalid/carte) pour qu'ils s'orientent. Paragraphe {paragraph + 1}.\n\n");
        }

        text.Append(english ? "- Check the listing\n- Answer the question\n- Follow up\n" : "- Vérifier la fiche\n- Répondre à la question\n- Assurer le suivi\n");
        return text.ToString();
    }

    private static readonly string[] Towns =
    [
        "Arcachon", "Pauillac", "Saint-Émilion", "Lacanau", "Biarritz", "Sarlat-la-Canéda", "Périgueux", "Mont-de-Marsan",
        "Blaye", "Soulac-sur-Mer", "Bazas", "Nérac", "Agen", "Dax", "Hossegor", "Cap-Ferret",
    ];
}
