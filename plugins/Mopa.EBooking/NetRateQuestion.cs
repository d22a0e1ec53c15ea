using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <summary>A "price that nets the target after commission" question (<c>mopa.net-rate</c>).</summary>
public sealed record NetRateQuestion : Question
{
    /// <summary>What the provider wants to keep, in euros.</summary>
    public required double Net { get; init; }

    /// <summary>The channel's commission, as a fraction of the price the guest pays (0.2 for 20 %).</summary>
    public required double Commission { get; init; }

    /// <summary>Full credit within this many euros of the right price.</summary>
    public required double Tolerance { get; init; }

    /// <summary>Half credit within this many euros of the right price (at least <see cref="Tolerance"/>).</summary>
    public required double Close { get; init; }

    /// <summary>The language of the question's file (<c>fr</c> or <c>en</c>, from <see cref="QuestionDraft.Language"/>), for feedback.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>The right price: net ÷ (1 − commission). The answer key: never presented.</summary>
    public double Price => Net / (1 - Commission);

    /// <summary>The classic mistake: net × (1 + commission), "adding the percentage".</summary>
    public double AddedPercentagePrice => Net * (1 + Commission);

    /// <inheritdoc />
    public override string Type => NetRateQuestionType.TypeId;
}
