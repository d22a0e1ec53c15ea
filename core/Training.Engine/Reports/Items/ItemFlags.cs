namespace Training.Engine.Reports.Items;

/// <summary>The flags of <see cref="QuestionStatistics.Flags"/> and their thresholds (Moodle's guidance bands).</summary>
public static class ItemFlags
{
    /// <summary>Facility above <see cref="TooEasyAbove"/>.</summary>
    public const string TooEasy = "too-easy";

    /// <summary>Facility below <see cref="TooHardBelow"/>.</summary>
    public const string TooHard = "too-hard";

    /// <summary>Discrimination below 0: stronger trainees do worse on it than weaker ones.</summary>
    public const string NegativeDiscrimination = "negative-discrimination";

    /// <summary>Discrimination from 0 to below <see cref="WeakDiscriminationBelow"/>.</summary>
    public const string WeakDiscrimination = "weak-discrimination";

    /// <summary>Facility (percent) above which a question is too easy.</summary>
    public const double TooEasyAbove = 90;

    /// <summary>Facility (percent) below which a question is too hard.</summary>
    public const double TooHardBelow = 20;

    /// <summary>Discrimination (×100) below which a non-negative discrimination is weak.</summary>
    public const double WeakDiscriminationBelow = 20;

    /// <summary>The flags for a question's figures.</summary>
    /// <param name="facility">The facility index, or null.</param>
    /// <param name="discrimination">The discrimination index, or null.</param>
    /// <returns>The flags, in a fixed order.</returns>
    public static IReadOnlyList<string> For(double? facility, double? discrimination)
    {
        var flags = new List<string>(2);
        if (facility > TooEasyAbove)
        {
            flags.Add(TooEasy);
        }
        else if (facility < TooHardBelow)
        {
            flags.Add(TooHard);
        }

        if (discrimination < 0)
        {
            flags.Add(NegativeDiscrimination);
        }
        else if (discrimination < WeakDiscriminationBelow)
        {
            flags.Add(WeakDiscrimination);
        }

        return flags;
    }
}
