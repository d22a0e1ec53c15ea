using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Training.Sdk.Questions;

namespace Training.Cli.Interactive;

/// <summary>
/// Asks a trainee the questions of a quiz one at a time in the terminal and builds the same answer
/// sheet as <c>--answers FILE.json</c>, so both paths are graded by the same code.
/// </summary>
internal sealed class InteractiveQuiz(IAnsiConsole console, string language)
{
    private bool English => language == "en";

    public JsonObject Ask(IReadOnlyList<QuestionPresentation> questions, TimeSpan? timeLimit)
    {
        var sheet = new JsonObject();
        if (timeLimit is { } limit)
        {
            console.MarkupLine(English
                ? $"[yellow]Time limit: {limit.TotalMinutes:0} minutes. Answers submitted later are refused.[/]"
                : $"[yellow]Temps limité : {limit.TotalMinutes:0} minutes. Une copie rendue après est refusée.[/]");
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            console.WriteLine();
            var title = question.Title is null ? string.Empty : $" — {Markup.Escape(question.Title)}";
            console.MarkupLine($"[bold]{i + 1}/{questions.Count}{title}[/]");
            console.WriteLine(question.Text);
            if (!string.IsNullOrEmpty(question.AnswerHint))
            {
                console.MarkupLine($"[grey]{Markup.Escape(question.AnswerHint)}[/]");
            }

            if (AskOne(question) is { } answer)
            {
                sheet[question.Id] = answer;
            }
        }

        return sheet;
    }

    private JsonNode? AskOne(QuestionPresentation question) => question.Type switch
    {
        QuestionTypeIds.Description => null,
        QuestionTypeIds.SingleChoice => JsonValue.Create(Choose(question.Options)),
        QuestionTypeIds.MultipleChoice => new JsonArray(console.Prompt(new MultiSelectionPrompt<string>()
            .NotRequired()
            .InstructionsText(English ? "[grey](space to select, enter to confirm)[/]" : "[grey](espace pour cocher, entrée pour valider)[/]")
            .AddChoices(question.Options)).Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        QuestionTypeIds.TrueFalse => JsonValue.Create(Choose(English ? ["True", "False"] : ["Vrai", "Faux"]) is "True" or "Vrai"),
        QuestionTypeIds.ShortAnswer or QuestionTypeIds.Essay => JsonValue.Create(console.Prompt(new TextPrompt<string>("> ").AllowEmpty())),
        QuestionTypeIds.Numerical => AskNumber(),
        QuestionTypeIds.Matching => AskMatching(question),
        _ => AskJson(question),
    };

    // Typing filters the choices: quicker than arrows through long lists, and scriptable.
    private string Choose(IReadOnlyList<string> options) =>
        console.Prompt(new SelectionPrompt<string>()
            .AddChoices(options)
            .UseConverter(Markup.Escape)
            .EnableSearch()
            .SearchPlaceholderText(English ? "(type to filter)" : "(tapez pour filtrer)"));

    private JsonNode? AskNumber()
    {
        while (true)
        {
            var text = console.Prompt(new TextPrompt<string>("> ").AllowEmpty()).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            // Trainees in France write decimals with a comma.
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return JsonValue.Create(number);
            }

            console.MarkupLine(English ? "[red]Type a number, e.g. 12.5[/]" : "[red]Saisissez un nombre, par exemple 12,5[/]");
        }
    }

    private JsonObject AskMatching(QuestionPresentation question)
    {
        var answer = new JsonObject();
        foreach (var prompt in question.Prompts)
        {
            console.MarkupLine($"[bold]{Markup.Escape(prompt)}[/] →");
            answer[prompt] = Choose(question.Options);
        }

        return answer;
    }

    private JsonNode? AskJson(QuestionPresentation question)
    {
        if (question.Options.Count > 0)
        {
            console.WriteLine((English ? "Items: " : "Éléments : ") + string.Join(" | ", question.Options));
        }

        while (true)
        {
            var text = console.Prompt(new TextPrompt<string>(English ? "Answer (JSON) >" : "Réponse (JSON) >").AllowEmpty()).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException ex)
            {
                console.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            }
        }
    }
}
