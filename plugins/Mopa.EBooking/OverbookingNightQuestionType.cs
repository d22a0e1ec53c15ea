using System.Globalization;
using System.Text.Json;
using Mopa.Common;
using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <summary>
/// "Which night is overbooked?": the trainee reads the stays sold on several channels and finds the
/// one night sold more times than there are units.
/// <para>GIFT body:</para>
/// <code>
/// {@mopa.overbooking-night units=2
/// stays=Site 2026-07-10>2026-07-13; Plateforme 2026-07-11>2026-07-14; Centrale 2026-07-12>2026-07-13}
/// </code>
/// <list type="bullet">
/// <item><c>units=</c> (required): how many identical units are for sale, 1 to 50.</item>
/// <item><c>stays=</c> (required): the stays, separated by <c>;</c>, each an optional label then
/// <c>arrival>departure</c> in ISO dates (<c>2026-07-10>2026-07-13</c> is three nights: the 10th, 11th and 12th;
/// the departure day's night is free). Exactly one night must be sold more than <c>units</c> times.</item>
/// </list>
/// <para>The feedback is in the language of the GIFT file (<see cref="QuestionDraft.Language"/>):
/// French for <c>final.gift</c>, English for <c>final.en.gift</c>.</para>
/// <para>Answer: a JSON string, the date the overbooked night starts, <c>"YYYY-MM-DD"</c>.</para>
/// <para>Grading: the overbooked night: full credit. The day after it: half credit — the usual slip
/// is counting a departure day as an occupied night. Any other date: none. The feedback says how
/// many stays occupy the night given and which night is overbooked.</para>
/// <para>Presentation <c>Data</c>: <c>units</c> and <c>stays</c> (<c>label|arrival|departure</c> lines):
/// the grid to draw, never the night.</para>
/// </summary>
public sealed partial class OverbookingNightQuestionType : IQuestionType, IQuestionHtmlRenderer
{
    /// <summary>The type id used after <c>{@</c> in GIFT.</summary>
    public const string TypeId = "mopa.overbooking-night";

    /// <summary>The credit for the night after the overbooked one.</summary>
    public const double NextNightCredit = 0.5;

    private const int MaxUnits = 50;
    private const int MaxNights = 62;
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] s_fields = ["units", "stays"];
    private static readonly string[] s_required = ["units", "stays"];

    private static readonly string[] s_monthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] s_monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <inheritdoc />
    public string Id => TypeId;

    /// <inheritdoc />
    public string AnswerFormat => "a JSON string: the date the overbooked night starts, \"YYYY-MM-DD\", e.g. \"2026-07-12\"";

    /// <inheritdoc />
    public Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fields = BodyReader.Read(draft.Body, s_fields, s_required);
        var unitsField = fields["units"];
        if (!int.TryParse(unitsField.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units < 1 || units > MaxUnits)
        {
            throw new QuestionFormatException($"'units' must be a whole number from 1 to {MaxUnits}, but is '{unitsField.Value}'.", unitsField.ValueOffset);
        }

        var stays = ReadStays(fields["stays"]);
        var first = stays.Min(s => s.Arrival);
        var last = stays.Max(s => s.Departure);
        if (last.DayNumber - first.DayNumber > MaxNights)
        {
            throw new QuestionFormatException($"The stays span more than {MaxNights} nights: keep the grid readable.", fields["stays"].ValueOffset);
        }

        var overbooked = new List<DateOnly>();
        for (var night = first; night < last; night = night.AddDays(1))
        {
            if (stays.Count(s => s.Occupies(night)) > units)
            {
                overbooked.Add(night);
            }
        }

        if (overbooked.Count != 1)
        {
            var found = overbooked.Count == 0 ? "none is" : $"{overbooked.Count} are ({string.Join(", ", overbooked.Select(Iso))})";
            throw new QuestionFormatException($"Exactly one night must be sold more than {units} time(s), but {found}: the answer must be unique.", fields["stays"].ValueOffset);
        }

        return new OverbookingNightQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
            Units = units,
            Stays = stays,
            Night = overbooked[0],
            Language = draft.Language,
        };
    }

    /// <inheritdoc />
    public object ReadAnswer(Question question, JsonElement answer)
    {
        _ = Cast(question);
        if (answer.ValueKind != JsonValueKind.String)
        {
            throw new AnswerFormatException($"Expected {AnswerFormat}, got a JSON {answer.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var text = answer.GetString()!.Trim();
        return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new AnswerFormatException($"'{text}' is not a date written YYYY-MM-DD. Expected {AnswerFormat}.");
    }

    /// <inheritdoc />
    public QuestionGrade Grade(Question question, object answer)
    {
        var grid = Cast(question);
        if (answer is not DateOnly night)
        {
            return QuestionGrade.FromFraction(0);
        }

        var en = grid.Language == "en";
        var count = grid.Occupancy(night);
        var key = Night(grid.Night, en);
        var sold = $"{grid.Occupancy(grid.Night)}";
        if (night == grid.Night)
        {
            return QuestionGrade.FromFraction(1, en
                ? $"Right: the night of {key} is sold {sold} times for {grid.Units} unit(s)."
                : $"Exact : la nuit du {key} est vendue {sold} fois pour {grid.Units} logement(s).");
        }

        var given = en
            ? $"The night of {Night(night, en)} is occupied by {count} stay(s) for {grid.Units} unit(s)"
            : $"La nuit du {Night(night, en)} est occupée par {count} séjour(s) pour {grid.Units} logement(s)";
        if (night == grid.Night.AddDays(1))
        {
            return QuestionGrade.FromFraction(NextNightCredit, en
                ? $"Almost: one night too late. {given}. A departure day is not an occupied night: the overbooked night is that of {key} ({sold} stays)."
                : $"Presque : une nuit trop tard. {given}. Le jour du départ n'est pas une nuit occupée : la nuit surréservée est celle du {key} ({sold} séjours).");
        }

        return QuestionGrade.FromFraction(0, en
            ? $"{given}. The overbooked night is that of {key} ({sold} stays). Count, night by night, the stays whose arrival is on or before the night and whose departure is after it."
            : $"{given}. La nuit surréservée est celle du {key} ({sold} séjours). Comptez, nuit par nuit, les séjours arrivés ce jour-là ou avant et partis après.");
    }

    /// <inheritdoc />
    public QuestionPresentation Present(Question question, string language)
    {
        var grid = Cast(question);
        return new QuestionPresentation
        {
            Id = grid.Id,
            Type = TypeId,
            Title = grid.Title,
            Text = grid.Text,
            Format = grid.Format,
            AnswerHint = language == "en"
                ? "Type the date the overbooked night starts, as YYYY-MM-DD."
                : "Tapez la date du soir de la nuit surréservée, au format AAAA-MM-JJ.",
            Data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["units"] = grid.Units.ToString(CultureInfo.InvariantCulture),
                ["stays"] = string.Join("\n", grid.Stays.Select(s => $"{s.Label}|{Iso(s.Arrival)}|{Iso(s.Departure)}")),
            },
        };
    }

    private static List<Stay> ReadStays(BodyField field)
    {
        var stays = new List<Stay>();
        var offset = 0;
        foreach (var part in field.Value.Split(';'))
        {
            var item = part.Trim();
            var at = field.ValueOffset + offset + (item.Length == 0 ? 0 : part.IndexOf(item[0], StringComparison.Ordinal));
            offset += part.Length + 1;
            if (item.Length == 0)
            {
                continue;
            }

            var space = item.LastIndexOf(' ');
            var label = space < 0 ? string.Empty : item[..space].Trim();
            var range = space < 0 ? item : item[(space + 1)..];
            var dates = range.Split('>');
            if (dates.Length != 2
                || !DateOnly.TryParseExact(dates[0], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var arrival)
                || !DateOnly.TryParseExact(dates[1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var departure))
            {
                throw new QuestionFormatException($"A stay must be 'label arrival>departure' with dates written YYYY-MM-DD, e.g. 'Site 2026-07-10>2026-07-13', but is '{item}'.", at);
            }

            if (departure <= arrival)
            {
                throw new QuestionFormatException($"The stay '{item}' leaves before it arrives: the departure must be after the arrival.", at);
            }

            stays.Add(new Stay(label, arrival, departure));
        }

        return stays.Count > 0 ? stays : throw new QuestionFormatException("'stays' lists no stay.", field.ValueOffset);
    }

    private static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    // "17 au 18 juillet" / "17 to 18 July" ("31 juillet au 1 août" across months), whatever the machine's culture.
    private static string Night(DateOnly night, bool en)
    {
        var next = night.AddDays(1);
        var months = en ? s_monthsEn : s_monthsFr;
        var start = night.Month == next.Month ? $"{night.Day}" : $"{night.Day} {months[night.Month - 1]}";
        return $"{start} {(en ? "to" : "au")} {next.Day} {months[next.Month - 1]} ({Iso(night)})";
    }

    private static OverbookingNightQuestion Cast(Question question) =>
        question as OverbookingNightQuestion ?? throw new ArgumentException($"Question '{question?.Id}' is not a {TypeId} question.", nameof(question));
}
