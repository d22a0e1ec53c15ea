using System.CommandLine;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Cli.Output;

namespace Training.Cli.Commands;

/// <summary><c>training tracks list</c>.</summary>
internal static class TracksCommands
{
    public static Command Create(GlobalOptions options)
    {
        var tracks = new Command("tracks", "Certification tracks.");
        tracks.Subcommands.Add(new Command("list", "List the tracks defined by the loaded modules.").WithAction(options, (context, _) =>
        {
            var all = context.Catalog.Tracks;
            var lang = context.Language;
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    tracks = all.Select(t => new
                    {
                        id = t.Track.Id,
                        title = t.Track.Title.Get(lang),
                        modules = t.Track.Modules,
                        validity = t.Track.Validity,
                        valid = t.IsValid,
                        definedBy = t.DefinedBy,
                        problems = t.Problems,
                    }),
                });
                return ExitCodes.Ok;
            }

            if (all.Count == 0)
            {
                context.Out.WriteLine(Texts.Get(lang, "no-tracks"));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "id", "title", "modules", "validity", "valid" })
            {
                table.AddColumn(Texts.Get(lang, column));
            }

            foreach (var track in all)
            {
                table.AddRow(
                    Markup.Escape(track.Track.Id),
                    Markup.Escape(track.Track.Title.Get(lang)),
                    Markup.Escape(string.Join(", ", track.Track.Modules)),
                    Markup.Escape(track.Track.Validity ?? "-"),
                    track.IsValid ? "[green]yes[/]" : $"[red]no: {Markup.Escape(string.Join("; ", track.Problems))}[/]");
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return tracks;
    }
}
