using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Engine.Quizzes;
using Training.Engine.Text;
using Training.Sdk.Questions;
using Training.Web.Assets;

namespace Training.Web.Rendering;

/// <summary>
/// A quiz as an HTML form: builds each question's view (built-in types by the host, plugin types
/// through <see cref="IQuestionHtmlRenderer"/>, others as a text field) and reads the posted form
/// back into the answer sheet the engine grades, <c>{ "questionId": answer }</c>.
/// </summary>
/// <remarks>
/// Field conventions of the built-in types (prefix <c>q.ID.</c>): <c>choice</c> (radio or check
/// boxes, the option's text), <c>bool</c> (<c>true</c>/<c>false</c>), <c>text</c> (short answer,
/// essay), <c>number</c> (numerical; a decimal comma is accepted), <c>match.N</c> (matching, the
/// Nth prompt), <c>json</c> (plugin fallback: JSON, or else taken as a string).
/// </remarks>
internal sealed class QuizForm(string moduleId, string language, QuestionTypeRegistry types)
{
    public IReadOnlyList<QuestionView> Views(IReadOnlyList<QuestionPresentation> questions, ISet<string> scripts, IReadOnlyDictionary<string, JsonElement>? previous = null, IReadOnlyDictionary<string, string>? errors = null)
    {
        var views = new List<QuestionView>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            var presentation = questions[i];
            var prefix = Prefix(presentation.Id);
            JsonElement? answer = previous is not null && previous.TryGetValue(presentation.Id, out var value) ? value : null;
            var rendering = RenderingOf(presentation.Type, out var renderer);
            string? pluginHtml = null;
            if (renderer is not null)
            {
                var html = renderer.RenderHtml(presentation, Context(prefix, answer));
                pluginHtml = QuestionHtmlSanitizer.Sanitize(html.Html);
                foreach (var script in html.Scripts)
                {
                    scripts.Add(ModuleAssets.Url(moduleId, script));
                }
            }

            views.Add(new QuestionView
            {
                Number = i + 1,
                Presentation = presentation,
                TextHtml = ContentHtml.Default.ToHtml(presentation.Text, presentation.Format),
                FieldPrefix = prefix,
                Rendering = rendering,
                PluginHtml = pluginHtml,
                PreviousAnswer = answer,
                Error = errors?.GetValueOrDefault(presentation.Id),
            });
        }

        return views;
    }

    /// <summary>Reads the posted answers; a question whose fields make no answer gets an error instead.</summary>
    public (JsonElement Sheet, Dictionary<string, JsonElement> Answers, Dictionary<string, string> Errors) Read(IReadOnlyList<QuestionPresentation> questions, QuestionFormValues form)
    {
        var sheet = new JsonObject();
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var presentation in questions)
        {
            var prefix = Prefix(presentation.Id);
            try
            {
                if (ReadOne(presentation, form, prefix) is { } answer)
                {
                    answers[presentation.Id] = answer;
                    sheet[presentation.Id] = JsonNode.Parse(answer.GetRawText());
                }
            }
            catch (AnswerFormatException exception)
            {
                errors[presentation.Id] = exception.Message;
            }
        }

        return (JsonSerializer.SerializeToElement(sheet), answers, errors);
    }

    private static string Prefix(string questionId) => "q." + questionId + ".";

    private QuestionRenderContext Context(string prefix, JsonElement? previous) => new()
    {
        FieldPrefix = prefix,
        Language = language,
        AssetUrl = path => ModuleAssets.Url(moduleId, path),
        PreviousAnswer = previous,
    };

    private QuestionRendering RenderingOf(string typeId, out IQuestionHtmlRenderer? renderer)
    {
        renderer = null;
        if (QuestionTypeIds.BuiltIn.Contains(typeId))
        {
            return QuestionRendering.BuiltIn;
        }

        renderer = types.TryGet(typeId, out var type) ? type as IQuestionHtmlRenderer : null;
        return renderer is null ? QuestionRendering.Fallback : QuestionRendering.Plugin;
    }

    private JsonElement? ReadOne(QuestionPresentation presentation, QuestionFormValues form, string prefix)
    {
        switch (presentation.Type)
        {
            case QuestionTypeIds.SingleChoice:
                return form.Get(prefix + "choice") is { } choice ? JsonSerializer.SerializeToElement(choice) : null;
            case QuestionTypeIds.MultipleChoice:
                var chosen = form.GetAll(prefix + "choice").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                return chosen.Count == 0 ? null : JsonSerializer.SerializeToElement(chosen);
            case QuestionTypeIds.TrueFalse:
                return form.Get(prefix + "bool") switch
                {
                    "true" => JsonSerializer.SerializeToElement(true),
                    "false" => JsonSerializer.SerializeToElement(false),
                    null => null,
                    var other => throw new AnswerFormatException($"'{other}' is neither true nor false."),
                };
            case QuestionTypeIds.ShortAnswer:
            case QuestionTypeIds.Essay:
                return form.Get(prefix + "text") is { } text ? JsonSerializer.SerializeToElement(text) : null;
            case QuestionTypeIds.Numerical:
                return form.Get(prefix + "number") is { } number ? JsonSerializer.SerializeToElement(Number(number)) : null;
            case QuestionTypeIds.Matching:
                var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < presentation.Prompts.Count; i++)
                {
                    if (form.Get(prefix + "match." + i.ToString(CultureInfo.InvariantCulture)) is { } match)
                    {
                        pairs[presentation.Prompts[i]] = match;
                    }
                }

                return pairs.Count == 0 ? null : JsonSerializer.SerializeToElement(pairs);
            case QuestionTypeIds.Description:
                return null;
        }

        if (RenderingOf(presentation.Type, out var renderer) == QuestionRendering.Plugin)
        {
            return renderer!.ReadForm(presentation, form, Context(prefix, null));
        }

        return form.Get(prefix + "json") is { } json ? Fallback(json) : null;
    }

    private double Number(string text)
    {
        return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new AnswerFormatException(language == "en" ? $"'{text}' is not a number (use digits, e.g. 12.5)." : $"« {text} » n'est pas un nombre (par exemple 12,5).");
    }

    private static JsonElement Fallback(string text)
    {
        // Typed JSON is taken as it is; anything else is the answer as a string.
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
