using System.Text.Json;
using Training.Sdk.Questions;

namespace Samples.Ordering;

/// <summary>
/// Put-in-order questions, written in GIFT as one item per line in the right order:
/// <code>
/// ::Steps:: Put the steps in order. {@samples.ordering
/// Create the page
/// Choose the username
/// Publish the first post
/// }
/// </code>
/// The answer is a JSON array of the item texts in the trainee's order. The grade is the longest
/// run of items kept in the right relative order, over the number of items: swapping two
/// neighbours of five items still earns 4/5. The feedback is in the language of the question's
/// file (<see cref="QuestionDraft.Language"/>): French, or English for a <c>name.en.gift</c> variant.
/// </summary>
public sealed class OrderingQuestionType : IQuestionType
{
    /// <summary>The type id used after <c>{@</c> in GIFT.</summary>
    public const string TypeId = "samples.ordering";

    /// <inheritdoc />
    public string Id => TypeId;

    /// <inheritdoc />
    public string AnswerFormat => "an array of every item's text, in the chosen order, e.g. [\"first\", \"second\", \"third\"]";

    /// <inheritdoc />
    public Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var items = new List<string>();
        var offset = 0;
        foreach (var rawLine in draft.Body.Split('\n'))
        {
            var item = rawLine.Trim();
            if (item.Length > 0)
            {
                if (items.Contains(item, StringComparer.OrdinalIgnoreCase))
                {
                    throw new QuestionFormatException($"The item '{item}' appears twice; every item must be distinct.", offset);
                }

                items.Add(item);
            }

            offset += rawLine.Length + 1;
        }

        if (items.Count < 2)
        {
            throw new QuestionFormatException("An ordering question needs at least two items, one per line, in the right order.", 0);
        }

        return new OrderingQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
            Items = items,
            Language = draft.Language,
        };
    }

    /// <inheritdoc />
    public object ReadAnswer(Question question, JsonElement answer)
    {
        var ordering = Cast(question);
        if (answer.ValueKind != JsonValueKind.Array)
        {
            throw new AnswerFormatException($"Expected {AnswerFormat}.");
        }

        var chosen = new List<int>();
        foreach (var element in answer.EnumerateArray())
        {
            var text = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim() : null;
            var index = text is null ? -1 : IndexOf(ordering.Items, text);
            if (index < 0)
            {
                throw new AnswerFormatException($"'{element}' is not one of the items ({string.Join(", ", ordering.Items)}).");
            }

            if (chosen.Contains(index))
            {
                throw new AnswerFormatException($"'{text}' is given twice; give each item once.");
            }

            chosen.Add(index);
        }

        if (chosen.Count != ordering.Items.Count)
        {
            throw new AnswerFormatException($"Give all {ordering.Items.Count} items, each once, in your order.");
        }

        return chosen.ToArray();
    }

    /// <inheritdoc />
    public QuestionGrade Grade(Question question, object answer)
    {
        var ordering = Cast(question);
        if (answer is not int[] positions || positions.Length != ordering.Items.Count)
        {
            return QuestionGrade.FromFraction(0, ordering.GeneralFeedback);
        }

        var kept = LongestIncreasingRun(positions);
        var fraction = (double)kept / positions.Length;
        var order = string.Join(" → ", ordering.Items);
        var feedback = ordering.Language == "en"
            ? fraction >= 1
                ? "All items are in the right order."
                : $"{kept} of {positions.Length} items are in the right relative order. The right order: {order}."
            : fraction >= 1
                ? "Tous les éléments sont dans le bon ordre."
                : $"{kept} éléments sur {positions.Length} sont dans le bon ordre relatif. Le bon ordre : {order}.";
        return QuestionGrade.FromFraction(fraction, ordering.GeneralFeedback is null ? feedback : feedback + " " + ordering.GeneralFeedback);
    }

    /// <inheritdoc />
    public QuestionPresentation Present(Question question, string language)
    {
        var ordering = Cast(question);

        // Alphabetical order tells the trainee nothing about the right one.
        var options = ordering.Items.Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        return new QuestionPresentation
        {
            Id = ordering.Id,
            Type = TypeId,
            Title = ordering.Title,
            Text = ordering.Text,
            Format = ordering.Format,
            Options = options,
            AnswerHint = language == "en" ? "Put every item in order, first to last." : "Remettez tous les éléments dans l'ordre, du premier au dernier.",
        };
    }

    private static OrderingQuestion Cast(Question question) =>
        question as OrderingQuestion ?? throw new ArgumentException($"Question '{question?.Id}' is not an ordering question.", nameof(question));

    private static int IndexOf(IReadOnlyList<string> items, string text)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Patience sorting: the length of the longest strictly increasing subsequence, O(n log n).
    private static int LongestIncreasingRun(int[] positions)
    {
        var tails = new List<int>();
        foreach (var position in positions)
        {
            var at = tails.BinarySearch(position);
            if (at < 0)
            {
                at = ~at;
            }

            if (at == tails.Count)
            {
                tails.Add(position);
            }
            else
            {
                tails[at] = position;
            }
        }

        return tails.Count;
    }
}
