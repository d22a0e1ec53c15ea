using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.Engine.Quizzes;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Modules.Content;

/// <summary>
/// Reads a quiz from its GIFT file and its English variant (<c>name.en.gift</c>), checking that
/// the translation has the same questions (ids and types, in order) so answers recorded in one
/// language mean the same in the other.
/// </summary>
internal static class QuizFileReader
{
    public static Quiz? Read(string moduleDirectory, ManifestQuiz entry, QuestionTypeRegistry types, DiagnosticBag diagnostics)
    {
        var french = Parse(moduleDirectory, entry.File, LocalizedText.French, entry.Location, types, diagnostics);
        if (french is null)
        {
            return null;
        }

        var translations = new Dictionary<string, IReadOnlyList<Question>>();
        var englishFile = LessonFileReader.EnglishVariantOf(entry.File);
        if (File.Exists(Path.Combine(moduleDirectory, englishFile)))
        {
            var english = Parse(moduleDirectory, englishFile, LocalizedText.English, entry.Location, types, diagnostics);
            if (english is null)
            {
                return null;
            }

            if (!SameShape(french, english, englishFile, diagnostics))
            {
                return null;
            }

            translations[LocalizedText.English] = english;
        }
        else
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.TranslationMissing,
                $"Quiz '{entry.Id}' has no English variant; English trainees will see the French questions.",
                new SourceLocation(entry.File),
                $"Add '{englishFile}' with the same question ids."));
        }

        return new Quiz
        {
            Id = entry.Id,
            Settings = entry.Settings,
            Questions = french,
            Translations = translations,
        };
    }

    private static List<Question>? Parse(string moduleDirectory, string relativeFile, string language, SourceLocation declaredAt, QuestionTypeRegistry types, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(moduleDirectory, relativeFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.LessonInvalid,
                $"Quiz file '{relativeFile}' cannot be read: {ex.Message}",
                declaredAt,
                "Check that the file exists and is readable, or correct 'file' in module.yaml."));
            return null;
        }

        // Plugin types write their feedback in the language of the file the question comes from.
        var result = GiftParser.Parse(text, relativeFile, types, language);
        diagnostics.AddRange(result.Diagnostics);
        return result.Diagnostics.Any(d => d.IsError) ? null : result.Questions.ToList();
    }

    private static bool SameShape(List<Question> original, List<Question> translated, string translatedFile, DiagnosticBag diagnostics)
    {
        var same = original.Count == translated.Count
            && original.Zip(translated).All(pair => pair.First.Id == pair.Second.Id && pair.First.Type == pair.Second.Type);
        if (!same)
        {
            var expected = string.Join(", ", original.Select(q => $"{q.Id} ({q.Type})"));
            var actual = string.Join(", ", translated.Select(q => $"{q.Id} ({q.Type})"));
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TranslationMismatch,
                $"The translated quiz does not have the same questions as the original. Expected: {expected}. Found: {actual}.",
                new SourceLocation(translatedFile, 1, 1),
                "Give every question the same // [id:...] and type, in the same order, in both files."));
        }

        return same;
    }
}
