namespace Training.Sdk.Questions;

/// <summary>The fields of a posted form, by name, as a host received them.</summary>
public sealed class QuestionFormValues
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _values;

    /// <summary>Creates the form values.</summary>
    /// <param name="values">Each field's values, by field name.</param>
    public QuestionFormValues(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <summary>Every value posted for a field (several for check boxes).</summary>
    /// <param name="name">The field's full name.</param>
    /// <returns>The values; empty when the field was not posted.</returns>
    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>The first value posted for a field, trimmed; null when absent or blank.</summary>
    /// <param name="name">The field's full name.</param>
    /// <returns>The value, or null.</returns>
    public string? Get(string name) =>
        GetAll(name).Select(v => v.Trim()).FirstOrDefault(v => v.Length > 0);
}
