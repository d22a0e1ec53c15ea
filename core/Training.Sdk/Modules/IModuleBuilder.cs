using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Sdk.Modules;

/// <summary>Receives what a code plugin contributes to the catalog.</summary>
public interface IModuleBuilder
{
    /// <summary>The id of the module being configured, as declared in its <c>module.yaml</c>.</summary>
    string ModuleId { get; }

    /// <summary>The SemVer version of the module being configured.</summary>
    string ModuleVersion { get; }

    /// <summary>Adds a lesson built in code. Its id must be unique within the module.</summary>
    /// <param name="lesson">The lesson.</param>
    void AddLesson(Lesson lesson);

    /// <summary>Adds a quiz built in code. Its id must be unique within the module.</summary>
    /// <param name="quiz">The quiz.</param>
    void AddQuiz(Quiz quiz);

    /// <summary>Adds a certification track. Its id must be unique across all modules.</summary>
    /// <param name="track">The track.</param>
    void AddTrack(Track track);

    /// <summary>
    /// Registers a question type that GIFT files of any module can use with <c>{@type-id ...}</c>.
    /// </summary>
    /// <param name="questionType">The question type; its <see cref="IQuestionType.Id"/> must be unique.</param>
    void AddQuestionType(IQuestionType questionType);
}
