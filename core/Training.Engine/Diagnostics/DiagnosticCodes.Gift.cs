namespace Training.Engine.Diagnostics;

/// <summary>GIFT quiz file codes (TRN040-TRN069).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An answer block opens with <c>{</c> but never closes.</summary>
    public const string GiftUnclosedAnswerBlock = "TRN040";

    /// <summary>A <c>}</c> closes an answer block that was never opened.</summary>
    public const string GiftUnopenedAnswerBlock = "TRN041";

    /// <summary>An unescaped <c>{</c> appears inside an answer block.</summary>
    public const string GiftNestedBrace = "TRN042";

    /// <summary>A question has a second answer block or a stray brace after its block.</summary>
    public const string GiftSecondAnswerBlock = "TRN043";

    /// <summary>A <c>::title</c> has no closing <c>::</c>.</summary>
    public const string GiftUnclosedTitle = "TRN044";

    /// <summary>A question starts with a single <c>:</c> where a <c>::title::</c> was meant.</summary>
    public const string GiftMalformedTitle = "TRN045";

    /// <summary>A question has no text.</summary>
    public const string GiftEmptyQuestionText = "TRN046";

    /// <summary>A choice question has fewer than two choices.</summary>
    public const string GiftTooFewChoices = "TRN047";

    /// <summary>Text in an answer block comes before the first <c>=</c> or <c>~</c>.</summary>
    public const string GiftTextBeforeFirstAnswer = "TRN048";

    /// <summary>An answer has no text.</summary>
    public const string GiftEmptyAnswer = "TRN049";

    /// <summary>A question's id comes from its position, which changes when questions are added or moved (warning).</summary>
    public const string GiftPositionId = "TRN050";

    /// <summary>Two questions of a file have the same id.</summary>
    public const string GiftDuplicateId = "TRN051";

    /// <summary>An answer weight <c>%n%</c> is outside -100..100.</summary>
    public const string GiftInvalidWeight = "TRN052";

    /// <summary>The positive weights of a multiple-choice question do not add up to 100 %.</summary>
    public const string GiftWeightsDoNotAddUp = "TRN053";

    /// <summary>No answer of a question earns full marks.</summary>
    public const string GiftNoFullMarkAnswer = "TRN054";

    /// <summary>A numerical answer, tolerance or range bound is not a number.</summary>
    public const string GiftInvalidNumber = "TRN055";

    /// <summary>A numerical range is reversed or a tolerance is negative.</summary>
    public const string GiftInvalidRange = "TRN056";

    /// <summary>A numerical block has no answer.</summary>
    public const string GiftNoNumericalAnswer = "TRN057";

    /// <summary>A matching answer has no <c>-&gt;</c>.</summary>
    public const string GiftPairWithoutArrow = "TRN058";

    /// <summary>A matching question has fewer than two pairs.</summary>
    public const string GiftTooFewPairs = "TRN059";

    /// <summary>A matching pair has nothing after <c>-&gt;</c>.</summary>
    public const string GiftEmptyMatch = "TRN060";

    /// <summary>A <c>{@type body}</c> block names a type nobody registered.</summary>
    public const string GiftUnknownQuestionType = "TRN061";

    /// <summary>A plugin question type rejected the body of a <c>{@type body}</c> block.</summary>
    public const string GiftPluginQuestionInvalid = "TRN062";

    /// <summary>A <c>{@</c> block has no valid type id.</summary>
    public const string GiftMissingTypeId = "TRN063";

    /// <summary>A short answer looks like a true/false answer written in lowercase (warning).</summary>
    public const string GiftLowercaseTrueFalse = "TRN064";

    /// <summary>An <c>[id:]</c> or <c>[tag:]</c> comment is separated from its question by a blank line and is ignored (warning).</summary>
    public const string GiftDetachedMetadata = "TRN065";

    /// <summary>A <c>$CATEGORY:</c> line names no category (warning).</summary>
    public const string GiftEmptyCategory = "TRN066";

    /// <summary>A plugin question type failed unexpectedly or returned an invalid question.</summary>
    public const string GiftPluginFailed = "TRN067";

    /// <summary>A matching question lists the same item twice.</summary>
    public const string GiftDuplicateMatchItem = "TRN068";
}
