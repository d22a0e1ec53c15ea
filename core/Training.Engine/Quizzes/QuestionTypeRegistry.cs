using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Training.Engine.Quizzes.Types;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes;

/// <summary>
/// The question types a GIFT file, a grader and a presenter can use: the built-in ones
/// (<see cref="QuestionTypeIds.BuiltIn"/>) and those plugins register. Safe to read from several
/// threads; register plugin types at start-up.
/// </summary>
public sealed class QuestionTypeRegistry
{
    private readonly ConcurrentDictionary<string, IQuestionType> _types = new(StringComparer.Ordinal);
    private readonly bool _frozen;

    /// <summary>Creates a registry holding the built-in types.</summary>
    public QuestionTypeRegistry()
        : this(frozen: false)
    {
    }

    private QuestionTypeRegistry(bool frozen)
    {
        foreach (var type in BuiltInQuestionTypes.All)
        {
            _types[type.Id] = type;
        }

        _frozen = frozen;
    }

    /// <summary>The ids of every registered type, sorted.</summary>
    public IReadOnlyList<string> Ids
    {
        get
        {
            var ids = _types.Keys.ToList();
            ids.Sort(StringComparer.Ordinal);
            return ids;
        }
    }

    /// <summary>A shared registry with the built-in types only; it refuses registrations.</summary>
    internal static QuestionTypeRegistry BuiltInOnly { get; } = new(frozen: true);

    /// <summary>Adds a plugin question type.</summary>
    /// <param name="type">The type.</param>
    /// <exception cref="QuestionTypeRegistrationException">
    /// The id is malformed, is a built-in id, or is already registered.
    /// </exception>
    public void Register(IQuestionType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var id = type.Id;
        if (_frozen)
        {
            throw new QuestionTypeRegistrationException(id, "This registry holds the built-in types only; create a QuestionTypeRegistry to register plugin types.");
        }

        if (!IsValidId(id))
        {
            throw new QuestionTypeRegistrationException(id, $"The question type id '{id}' is invalid: use lowercase letters, digits, '.' and '-' (e.g. 'mopa.map-point').");
        }

        if (QuestionTypeIds.BuiltIn.Contains(id))
        {
            throw new QuestionTypeRegistrationException(id, $"The question type id '{id}' is a built-in type; choose an id of your own, prefixed with your module's id.");
        }

        if (!_types.TryAdd(id, type))
        {
            throw new QuestionTypeRegistrationException(id, $"The question type id '{id}' is already registered by {_types[id].GetType().FullName}; each id may be registered once.");
        }
    }

    /// <summary>Finds a type by id.</summary>
    /// <param name="id">The type's id.</param>
    /// <param name="type">The type, when found.</param>
    /// <returns>True when the type is registered.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out IQuestionType? type) => _types.TryGetValue(id, out type);

    /// <summary>Finds a type by id.</summary>
    /// <param name="id">The type's id.</param>
    /// <returns>The type.</returns>
    /// <exception cref="KeyNotFoundException">No type has that id; the message lists the known ids.</exception>
    public IQuestionType Get(string id) =>
        _types.TryGetValue(id, out var type)
            ? type
            : throw new KeyNotFoundException($"No question type '{id}' is registered. Known types: {string.Join(", ", Ids)}.");

    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
