using Training.Sdk.Content;

namespace Training.Web.Learning;

/// <summary>One step of a module: a lesson or a quiz, with its page's URL.</summary>
internal sealed record ModuleStep(ModuleStepKind Kind, string Id, LocalizedText Title)
{
    public string Url(string moduleId) => Kind == ModuleStepKind.Lesson ? LearnUrls.Lesson(moduleId, Id) : LearnUrls.Quiz(moduleId, Id);
}
