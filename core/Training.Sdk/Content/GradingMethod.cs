namespace Training.Sdk.Content;

/// <summary>How the grade of a quiz is computed from several attempts.</summary>
public enum GradingMethod
{
    /// <summary>The best attempt counts.</summary>
    Highest,

    /// <summary>The latest attempt counts.</summary>
    Last,

    /// <summary>The first attempt counts.</summary>
    First,

    /// <summary>The mean of all attempts counts.</summary>
    Average,
}
