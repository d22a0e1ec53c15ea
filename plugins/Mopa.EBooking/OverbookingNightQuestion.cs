using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <summary>One stay of an availability grid: nights from <paramref name="Arrival"/> up to, not including, <paramref name="Departure"/>.</summary>
/// <param name="Label">Who sold it (a channel, a guest's name), or empty.</param>
/// <param name="Arrival">The arrival date: its night is occupied.</param>
/// <param name="Departure">The departure date: its night is free.</param>
public sealed record Stay(string Label, DateOnly Arrival, DateOnly Departure)
{
    /// <summary>Tells whether the stay occupies the night that starts on <paramref name="night"/>.</summary>
    /// <param name="night">The date the night starts.</param>
    /// <returns>True when occupied.</returns>
    public bool Occupies(DateOnly night) => night >= Arrival && night < Departure;
}

/// <summary>A "find the overbooked night" question (<c>mopa.overbooking-night</c>).</summary>
public sealed record OverbookingNightQuestion : Question
{
    /// <summary>How many identical units (rooms, pitches, gîtes) are for sale.</summary>
    public required int Units { get; init; }

    /// <summary>The stays sold, on every channel.</summary>
    public required IReadOnlyList<Stay> Stays { get; init; }

    /// <summary>The one night sold more times than there are units. The answer key: never presented.</summary>
    public required DateOnly Night { get; init; }

    /// <summary>The language of the question's file (<c>fr</c> or <c>en</c>, from <see cref="QuestionDraft.Language"/>), for feedback.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>How many stays occupy a night.</summary>
    /// <param name="night">The date the night starts.</param>
    /// <returns>The count.</returns>
    public int Occupancy(DateOnly night) => Stays.Count(s => s.Occupies(night));

    /// <inheritdoc />
    public override string Type => OverbookingNightQuestionType.TypeId;
}
