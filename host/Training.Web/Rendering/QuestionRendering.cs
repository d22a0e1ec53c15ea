namespace Training.Web.Rendering;

/// <summary>Who renders a question's answer area.</summary>
internal enum QuestionRendering
{
    /// <summary>A built-in type, rendered by the host.</summary>
    BuiltIn,

    /// <summary>A plugin type that renders itself through the SDK (<see cref="Training.Sdk.Questions.IQuestionHtmlRenderer"/>).</summary>
    Plugin,

    /// <summary>A plugin type without that capability: a text field for its documented answer format.</summary>
    Fallback,
}
