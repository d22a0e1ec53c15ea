using Training.Sdk.Questions;

namespace Mopa.Maps;

/// <summary>A "place the point on the map" question (<c>mopa.map-point</c>).</summary>
public sealed record MapPointQuestion : Question
{
    /// <summary>The target's latitude, in decimal degrees. The answer key: never presented.</summary>
    public required double TargetLatitude { get; init; }

    /// <summary>The target's longitude, in decimal degrees. The answer key: never presented.</summary>
    public required double TargetLongitude { get; init; }

    /// <summary>Full credit within this distance of the target, in metres.</summary>
    public required double RadiusMeters { get; init; }

    /// <summary>No credit from this distance on, in metres; credit decreases linearly from the radius to here.</summary>
    public required double ZeroMeters { get; init; }

    /// <summary>The map the trainee places the point on.</summary>
    public required MapArea Area { get; init; }

    /// <summary>The language of the question's file (<c>fr</c> or <c>en</c>, from <see cref="QuestionDraft.Language"/>), for feedback.</summary>
    public string Language { get; init; } = "fr";

    /// <inheritdoc />
    public override string Type => MapPointQuestionType.TypeId;
}
