namespace Training.Engine.Manifests;

/// <summary>What a trainee must do to complete a module (the manifest's <c>completion</c> field).</summary>
public enum CompletionRule
{
    /// <summary>Every lesson completed and every quiz passed (<c>all</c>, the default).</summary>
    All,

    /// <summary>Every quiz passed; lessons are optional reading (<c>quizzes</c>).</summary>
    Quizzes,
}
