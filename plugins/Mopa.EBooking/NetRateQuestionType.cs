using System.Globalization;
using System.Text.Json;
using Mopa.Common;
using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <summary>
/// "Which price nets the provider this amount after the channel's commission?": the trainee types
/// the price; the right one is net ÷ (1 − commission), since the commission is taken on the price
/// the guest pays.
/// <para>GIFT body (fields in any order, separated by spaces):</para>
/// <code>
/// ::Tarif Saint-Émilion:: Net voulu 120 €, commission 18 % : quel prix afficher ?
/// {@mopa.net-rate net=120 commission=18% tolerance=0.01 close=2 ####Feedback.}
/// </code>
/// <list type="bullet">
/// <item><c>net=</c> (required): the amount the provider wants to keep, in euros, above 0.</item>
/// <item><c>commission=</c> (required): the channel's commission, a percentage above 0 % and below
/// 100 % (<c>18%</c>, <c>18.5%</c>); add any payment fee to it.</item>
/// <item><c>tolerance=</c> (optional, default 0.5): full credit within this many euros of the right price.</item>
/// <item><c>close=</c> (optional, default 2 % of the right price, at least the tolerance): half credit within
/// this many euros.</item>
/// </list>
/// <para>The feedback is in the language of the GIFT file (<see cref="QuestionDraft.Language"/>):
/// French for <c>final.gift</c>, English for <c>final.en.gift</c>.</para>
/// <para>Answer: a positive JSON number, the price in euros.</para>
/// <para>Grading, in this order: within <c>tolerance</c> of net ÷ (1 − c): full credit. Within the
/// tolerance of the classic mistake net × (1 + c) ("adding the percentage"): no credit, with a
/// feedback that explains the mistake. Within <c>close</c>: half credit (a rounding or arithmetic slip).
/// Otherwise no credit. Every feedback says what the trainee's price really nets
/// (price × (1 − c)); the formula is shown only after answering, never in the presentation.</para>
/// </summary>
public sealed partial class NetRateQuestionType : IQuestionType, IQuestionHtmlRenderer
{
    /// <summary>The type id used after <c>{@</c> in GIFT.</summary>
    public const string TypeId = "mopa.net-rate";

    /// <summary>The fraction earned by an answer within the close band.</summary>
    public const double CloseCredit = 0.5;

    private const double DefaultTolerance = 0.5;
    private const double DefaultCloseShare = 0.02;

    private static readonly string[] s_fields = ["net", "commission", "tolerance", "close"];
    private static readonly string[] s_required = ["net", "commission"];

    /// <inheritdoc />
    public string Id => TypeId;

    /// <inheritdoc />
    public string AnswerFormat => "a positive JSON number: the price in euros, e.g. 97.56";

    /// <inheritdoc />
    public Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fields = BodyReader.Read(draft.Body, s_fields, s_required);
        var net = BodyReader.PositiveNumber(fields["net"]);
        var commission = BodyReader.Percentage(fields["commission"]);
        var price = net / (1 - commission);
        var tolerance = DefaultTolerance;
        if (fields.TryGetValue("tolerance", out var toleranceField))
        {
            tolerance = BodyReader.Number(toleranceField, toleranceField.Value);
            if (tolerance < 0)
            {
                throw new QuestionFormatException($"'tolerance' must be 0 or more, but is '{toleranceField.Value}'.", toleranceField.ValueOffset);
            }
        }

        var close = Math.Max(tolerance, Math.Round(price * DefaultCloseShare, 2));
        if (fields.TryGetValue("close", out var closeField))
        {
            close = BodyReader.Number(closeField, closeField.Value);
            if (close < tolerance)
            {
                throw new QuestionFormatException($"'close' ({closeField.Value}) must be at least 'tolerance' ({tolerance.ToString(CultureInfo.InvariantCulture)}).", closeField.ValueOffset);
            }
        }

        return new NetRateQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
            Net = net,
            Commission = commission,
            Tolerance = tolerance,
            Close = close,
            Language = draft.Language,
        };
    }

    /// <inheritdoc />
    public object ReadAnswer(Question question, JsonElement answer)
    {
        _ = Cast(question);
        if (answer.ValueKind != JsonValueKind.Number)
        {
            throw new AnswerFormatException($"Expected {AnswerFormat}, got a JSON {answer.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return answer.TryGetDouble(out var price) && double.IsFinite(price) && price > 0
            ? price
            : throw new AnswerFormatException($"A price must be above 0, got {answer.GetRawText()}. Expected {AnswerFormat}.");
    }

    /// <inheritdoc />
    public QuestionGrade Grade(Question question, object answer)
    {
        var rate = Cast(question);
        if (answer is not double price)
        {
            return QuestionGrade.FromFraction(0);
        }

        var lang = rate.Language;
        var en = lang == "en";
        var right = rate.Price;
        var nets = price * (1 - rate.Commission);
        string Money(double amount) => en ? $"€{BodyReader.Format(amount, lang, 2)}" : $"{BodyReader.Format(amount, lang, 2)} €";
        var points = rate.Commission * 100;
        var percent = BodyReader.Format(points, lang, Math.Abs(points - Math.Round(points)) < 1e-9 ? 0 : 1) + (en ? "%" : " %");
        var divisor = BodyReader.Format(1 - rate.Commission, lang, 3).TrimEnd('0').TrimEnd(',', '.');
        var formula = en
            ? $"price = net ÷ (1 − commission) = {Money(rate.Net)} ÷ {divisor} = {Money(right)}"
            : $"prix = net ÷ (1 − commission) = {Money(rate.Net)} ÷ {divisor} = {Money(right)}";
        var check = en
            ? $"At {Money(price)}, the channel keeps {percent} and you receive {Money(nets)}"
            : $"À {Money(price)}, le canal prélève {percent} et vous touchez {Money(nets)}";

        if (Math.Abs(price - right) <= rate.Tolerance + 1e-9)
        {
            return QuestionGrade.FromFraction(1, en
                ? $"Right: {formula}. {check}, the net you wanted."
                : $"Exact : {formula}. {check}, le net voulu.");
        }

        if (Math.Abs(price - rate.AddedPercentagePrice) <= rate.Tolerance + 1e-9)
        {
            return QuestionGrade.FromFraction(0, en
                ? $"That is the classic mistake of adding the percentage ({Money(rate.Net)} + {percent}). The commission is taken on the price the guest pays, not on your net: {check}, {Money(rate.Net - nets)} short. Divide, do not multiply: {formula}."
                : $"C'est l'erreur classique du pourcentage ajouté ({Money(rate.Net)} + {percent}). La commission se calcule sur le prix payé par le client, pas sur votre net : {check}, soit {Money(rate.Net - nets)} de moins que prévu. On divise, on ne multiplie pas : {formula}.");
        }

        var shortfall = nets < rate.Net
            ? (en ? $", {Money(rate.Net - nets)} short of the {Money(rate.Net)} wanted" : $", soit {Money(rate.Net - nets)} de moins que les {Money(rate.Net)} voulus")
            : (en ? $", {Money(nets - rate.Net)} more than needed: a price above the market loses bookings" : $", soit {Money(nets - rate.Net)} de plus que nécessaire : un prix trop élevé fait perdre des réservations");
        if (Math.Abs(price - right) <= rate.Close + 1e-9)
        {
            return QuestionGrade.FromFraction(CloseCredit, en
                ? $"Close, but not exact. {check}{shortfall}. {formula}."
                : $"Presque, mais pas exact. {check}{shortfall}. {formula}.");
        }

        return QuestionGrade.FromFraction(0, en
            ? $"Not this price. {check}{shortfall}. {formula}."
            : $"Ce n'est pas le bon prix. {check}{shortfall}. {formula}.");
    }

    /// <inheritdoc />
    public QuestionPresentation Present(Question question, string language)
    {
        var rate = Cast(question);
        return new QuestionPresentation
        {
            Id = rate.Id,
            Type = TypeId,
            Title = rate.Title,
            Text = rate.Text,
            Format = rate.Format,
            AnswerHint = language == "en"
                ? "Type the price in euros, with a dot for the cents (e.g. 123.45)."
                : "Tapez le prix en euros, avec un point pour les centimes (par exemple 123.45).",
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["unit"] = "EUR" },
        };
    }

    private static NetRateQuestion Cast(Question question) =>
        question as NetRateQuestion ?? throw new ArgumentException($"Question '{question?.Id}' is not a {TypeId} question.", nameof(question));
}
