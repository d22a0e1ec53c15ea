namespace Training.Engine.Quizzes.Gift;

/// <summary>Where the GIFT readers report problems, by offset.</summary>
internal interface IGiftReporter
{
    /// <summary>How many errors were reported so far; readers compare it to know whether a part failed.</summary>
    int ErrorCount { get; }

    /// <summary>Reports an error.</summary>
    void Error(string code, int offset, string message, string hint);

    /// <summary>Reports a warning.</summary>
    void Warning(string code, int offset, string message, string hint);
}
