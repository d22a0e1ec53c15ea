namespace Training.Sdk.Content;

/// <summary>The rules of a quiz, from its entry in <c>module.yaml</c>.</summary>
public sealed record QuizSettings
{
    /// <summary>The default settings: pass mark 80 %, unlimited attempts, highest grade, no shuffle, no time limit, 1 point a question.</summary>
    public static QuizSettings Default { get; } = new();

    /// <summary>The fraction of the maximum score needed to pass, between 0 and 1.</summary>
    public double PassMark { get; init; } = 0.8;

    /// <summary>How many attempts a trainee may make; 0 means unlimited.</summary>
    public int Attempts { get; init; }

    /// <summary>How the quiz grade is computed from the attempts.</summary>
    public GradingMethod Grading { get; init; } = GradingMethod.Highest;

    /// <summary>Whether questions and choices are shuffled (deterministically, from a seed).</summary>
    public bool Shuffle { get; init; }

    /// <summary>The time allowed for one attempt, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The points of a question that has no entry in <see cref="QuestionPoints"/>.</summary>
    public double DefaultPoints { get; init; } = 1;

    /// <summary>Points for particular questions, by question id.</summary>
    public IReadOnlyDictionary<string, double> QuestionPoints { get; init; } = new Dictionary<string, double>();

    /// <summary>The points a question is worth in this quiz.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <returns>Its points.</returns>
    public double PointsFor(string questionId) =>
        QuestionPoints.TryGetValue(questionId, out var points) ? points : DefaultPoints;
}
