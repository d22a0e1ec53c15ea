using Training.Sdk.Content;
using Training.Sdk.Modules;
using Training.Sdk.Questions;

namespace Training.Engine.Modules.Loading;

/// <summary>Collects what a code plugin contributes from <see cref="ITrainingModule.Configure"/>.</summary>
internal sealed class ModuleBuilder(string moduleId, string moduleVersion) : IModuleBuilder
{
    public string ModuleId { get; } = moduleId;

    public string ModuleVersion { get; } = moduleVersion;

    public List<Lesson> Lessons { get; } = [];

    public List<Quiz> Quizzes { get; } = [];

    public List<Track> Tracks { get; } = [];

    public List<IQuestionType> QuestionTypes { get; } = [];

    public void AddLesson(Lesson lesson) => Lessons.Add(lesson ?? throw new ArgumentNullException(nameof(lesson)));

    public void AddQuiz(Quiz quiz) => Quizzes.Add(quiz ?? throw new ArgumentNullException(nameof(quiz)));

    public void AddTrack(Track track) => Tracks.Add(track ?? throw new ArgumentNullException(nameof(track)));

    public void AddQuestionType(IQuestionType questionType) =>
        QuestionTypes.Add(questionType ?? throw new ArgumentNullException(nameof(questionType)));
}
