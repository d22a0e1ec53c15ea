namespace Training.Benchmarks.Fixtures;

/// <summary>
/// The C# of a generated code plugin: an <c>ITrainingModule</c> that registers a question type
/// through its own service container and adds a lesson in code, as real plugins do.
/// </summary>
internal static class PluginSource
{
    public static string For(string assemblyName, string moduleId) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using Microsoft.Extensions.DependencyInjection;
        using Training.Sdk.Content;
        using Training.Sdk.Modules;
        using Training.Sdk.Questions;

        namespace {{assemblyName}};

        public sealed class Module : ITrainingModule
        {
            public void ConfigureServices(IServiceCollection services) => services.AddSingleton<YesNoType>();

            public void Configure(IModuleBuilder module, IServiceProvider services)
            {
                module.AddQuestionType(services.GetRequiredService<YesNoType>());
                module.AddLesson(new Lesson
                {
                    Id = "from-code",
                    Title = LocalizedText.Of("Une leçon ajoutée par le code", "A lesson added in code"),
                    Body = LocalizedText.Of("Ce module ajoute cette leçon depuis son assembly.", "This module adds this lesson from its assembly."),
                    Duration = TimeSpan.FromMinutes(5),
                });
            }
        }

        public sealed record YesNoQuestion : Question
        {
            public required bool Answer { get; init; }

            public override string Type => "{{moduleId}}.yes-no";
        }

        public sealed class YesNoType : IQuestionType
        {
            public string Id => "{{moduleId}}.yes-no";

            public string AnswerFormat => "\"yes\" or \"no\"";

            public Question Parse(QuestionDraft draft)
            {
                var body = draft.Body.Trim();
                bool answer = body switch
                {
                    "answer=yes" => true,
                    "answer=no" => false,
                    _ => throw new QuestionFormatException("Write answer=yes or answer=no.", 0),
                };
                return new YesNoQuestion { Id = draft.Id, Title = draft.Title, Text = draft.Text, Format = draft.Format, GeneralFeedback = draft.GeneralFeedback, Tags = draft.Tags, Category = draft.Category, Answer = answer };
            }

            public object ReadAnswer(Question question, JsonElement answer) => answer.ValueKind == JsonValueKind.String && answer.GetString() is "yes" or "no"
                ? answer.GetString() == "yes"
                : throw new AnswerFormatException("Expected " + AnswerFormat + ".");

            public QuestionGrade Grade(Question question, object answer) =>
                QuestionGrade.FromFraction((bool)answer == ((YesNoQuestion)question).Answer ? 1 : 0, question.GeneralFeedback);

            public QuestionPresentation Present(Question question, string language) => new()
            {
                Id = question.Id,
                Type = Id,
                Title = question.Title,
                Text = question.Text,
                Format = question.Format,
                Options = new List<string> { "yes", "no" },
            };
        }
        """;
}
