namespace Training.Sdk.Questions;

/// <summary>The ids of the built-in question types. Plugin types use ids of their own.</summary>
public static class QuestionTypeIds
{
    /// <summary>One correct choice among several.</summary>
    public const string SingleChoice = "single-choice";

    /// <summary>Several choices, each weighted.</summary>
    public const string MultipleChoice = "multiple-choice";

    /// <summary>True or false.</summary>
    public const string TrueFalse = "true-false";

    /// <summary>A typed answer compared with accepted answers.</summary>
    public const string ShortAnswer = "short-answer";

    /// <summary>A number, exact, within a tolerance or within a range.</summary>
    public const string Numerical = "numerical";

    /// <summary>Pairs to match.</summary>
    public const string Matching = "matching";

    /// <summary>Free text graded by a coordinator.</summary>
    public const string Essay = "essay";

    /// <summary>Text with no answer.</summary>
    public const string Description = "description";

    /// <summary>Every built-in id; plugin types may not reuse them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
        [SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numerical, Matching, Essay, Description];
}
