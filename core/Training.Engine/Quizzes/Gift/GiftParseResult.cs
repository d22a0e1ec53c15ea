using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// What <see cref="GiftParser.Parse(string, string, QuestionTypeRegistry, string)"/> read: the valid questions in file order with their
/// locations, the categories, and every diagnostic. A question with an error is left out; the
/// others are still there.
/// </summary>
public sealed class GiftParseResult
{
    internal GiftParseResult(
        string filePath,
        IReadOnlyList<GiftParsedQuestion> entries,
        IReadOnlyList<GiftCategory> categories,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        FilePath = filePath;
        Entries = entries;
        Categories = categories;
        Diagnostics = diagnostics;
        var questions = new Question[entries.Count];
        for (var i = 0; i < questions.Length; i++)
        {
            questions[i] = entries[i].Question;
        }

        Questions = questions;
    }

    /// <summary>The file's path, as given to the parser.</summary>
    public string FilePath { get; }

    /// <summary>The valid questions with their locations, in file order.</summary>
    public IReadOnlyList<GiftParsedQuestion> Entries { get; }

    /// <summary>The valid questions, in file order.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>The <c>$CATEGORY:</c> lines, in file order.</summary>
    public IReadOnlyList<GiftCategory> Categories { get; }

    /// <summary>Errors and warnings, in file order of discovery.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
