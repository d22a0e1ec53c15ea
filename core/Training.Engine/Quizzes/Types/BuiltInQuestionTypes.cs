using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>One instance of each built-in type, in <see cref="QuestionTypeIds.BuiltIn"/> order.</summary>
internal static class BuiltInQuestionTypes
{
    public static IReadOnlyList<IQuestionType> All { get; } =
    [
        new SingleChoiceType(),
        new MultipleChoiceType(),
        new TrueFalseType(),
        new ShortAnswerType(),
        new NumericalType(),
        new MatchingType(),
        new EssayType(),
        new DescriptionType(),
    ];
}
