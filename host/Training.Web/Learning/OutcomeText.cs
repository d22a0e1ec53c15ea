using Training.Engine.Modules;
using Training.Engine.Records.Progress;
using Training.Web.Localization;

namespace Training.Web.Learning;

/// <summary>What an action led to, as one sentence for the trainee.</summary>
internal static class OutcomeText
{
    public static string Lesson(ActionOutcome outcome, ModuleCatalog catalog, Ui ui)
    {
        var text = outcome.Recorded ? ui.T("Leçon terminée.", "Lesson completed.") : ui.T("Leçon déjà terminée.", "Lesson already completed.");
        return text + Consequences(outcome, catalog, ui);
    }

    public static string Consequences(ActionOutcome outcome, ModuleCatalog catalog, Ui ui)
    {
        var text = string.Empty;
        foreach (var module in outcome.ModulesCompleted)
        {
            text += " " + ui.T($"Module « {Title(catalog, module, ui)} » terminé !", $"Module \"{Title(catalog, module, ui)}\" completed!");
        }

        foreach (var track in outcome.TracksCompleted)
        {
            var title = catalog.FindTrack(track)?.Track.Title.Get(ui.Language) ?? track;
            text += " " + ui.T($"Parcours « {title} » terminé !", $"Track \"{title}\" completed!");
        }

        if (outcome.CertificatesIssued.Count > 0)
        {
            text += " " + ui.T("Votre certificat est prêt dans « Mes certificats ».", "Your certificate is ready in \"My certificates\".");
        }

        return text;
    }

    private static string Title(ModuleCatalog catalog, string moduleId, Ui ui) => catalog.FindLoaded(moduleId)?.Title.Get(ui.Language) ?? moduleId;
}
