using Training.Cli.Hosting;
using Training.Engine.Records.Progress;

namespace Training.Cli.Commands;

/// <summary>Says what an action completed: modules, tracks, certificates.</summary>
internal static class OutcomeText
{
    public static void Write(CliContext context, ActionOutcome outcome)
    {
        foreach (var module in outcome.ModulesCompleted)
        {
            context.Out.WriteLine(context.Language == "en" ? $"Module {module} completed." : $"Module {module} terminé.");
        }

        foreach (var track in outcome.TracksCompleted)
        {
            context.Out.WriteLine(context.Language == "en" ? $"Track {track} completed!" : $"Parcours {track} terminé !");
        }

        foreach (var certificate in outcome.CertificatesIssued)
        {
            context.Out.WriteLine(context.Language == "en"
                ? $"Certificate issued: {certificate} ('training certificates export {certificate} -o FILE' saves it)."
                : $"Certificat délivré : {certificate} ('training certificates export {certificate} -o FICHIER' l'enregistre).");
        }
    }
}
