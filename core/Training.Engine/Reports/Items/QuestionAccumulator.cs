namespace Training.Engine.Reports.Items;

/// <summary>
/// Running moments for one question on one version: Welford's online updates of the means, variances
/// and co-moment of the question score and the rest-of-quiz score, so one pass suffices and large
/// totals do not lose precision.
/// </summary>
internal sealed class QuestionAccumulator(string id, int position)
{
    private double _meanFraction;
    private double _m2Fraction;
    private double _meanScore;
    private double _m2Score;
    private double _meanRest;
    private double _m2Rest;
    private double _coMoment;
    private bool _hasPoints;

    public string Id { get; } = id;

    public int Position { get; } = position;

    public int Count { get; private set; }

    public void Add(double score, double maxScore, double rest)
    {
        Count++;
        var n = Count;
        if (maxScore > 0)
        {
            _hasPoints = true;
            var fraction = score / maxScore;
            var df = fraction - _meanFraction;
            _meanFraction += df / n;
            _m2Fraction += df * (fraction - _meanFraction);
        }

        var dx = score - _meanScore;
        _meanScore += dx / n;
        var dr = rest - _meanRest;
        _meanRest += dr / n;
        _m2Score += dx * (score - _meanScore);
        _m2Rest += dr * (rest - _meanRest);
        _coMoment += dx * (rest - _meanRest);
    }

    public QuestionStatistics ToStatistics(string version)
    {
        double? facility = _hasPoints ? Round(_meanFraction * 100) : null;
        double? sd = _hasPoints && Count >= 2 ? Round(Math.Sqrt(Math.Max(0, _m2Fraction) / (Count - 1)) * 100) : null;
        const double flat = 1e-12;
        double? discrimination = Count >= 2 && _m2Score > flat && _m2Rest > flat
            ? Round(Math.Clamp(_coMoment / Math.Sqrt(_m2Score * _m2Rest), -1, 1) * 100)
            : null;
        return new QuestionStatistics(Id, version, Count, facility, discrimination, sd, ItemFlags.For(facility, discrimination));
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
