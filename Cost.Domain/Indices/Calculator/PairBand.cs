namespace Cost.Domain.Indices;

/// <summary>
/// ln P(l, t) for every pair l &lt; t with t − l &lt; w, for GEKS-Fisher, GEKS-Törnqvist and GEKS-Jevons at
/// once: one matched comparison per pair, shared by the three formulas and by every window that holds
/// the pair. Stored as a band, t-major: slot t × (w − 1) + (t − l − 1).
/// </summary>
internal sealed class PairBand
{
    private readonly int _width;
    private readonly double[] _fisher;
    private readonly double[] _tornqvist;
    private readonly double[] _jevons;

    private PairBand(int width, double[] fisher, double[] tornqvist, double[] jevons)
    {
        _width = width;
        _fisher = fisher;
        _tornqvist = tornqvist;
        _jevons = jevons;
    }

    public static PairBand Compute(PricePanel panel, int w)
    {
        var width = Math.Max(w - 1, 1);
        var size = panel.PeriodCount * width;
        var fisher = new double[size];
        var tornqvist = new double[size];
        var jevons = new double[size];
        Array.Fill(fisher, double.NaN);
        Array.Fill(tornqvist, double.NaN);
        Array.Fill(jevons, double.NaN);
        for (var t = 1; t < panel.PeriodCount; t++)
        {
            for (var d = 1; d <= Math.Min(w - 1, t); d++)
            {
                var comparison = BilateralComparison.Compare(panel, t - d, t);
                var slot = (t * width) + d - 1;
                fisher[slot] = Math.Log(comparison.Fisher);
                tornqvist[slot] = comparison.LogTornqvist;
                jevons[slot] = comparison.LogJevons;
            }
        }

        return new PairBand(width, fisher, tornqvist, jevons);
    }

    public PairLogs Logs(IndexFormula formula) => new(Of(formula), _width);

    /// <summary>The first pair (by later period, then earlier) up to period <paramref name="upTo"/> whose comparison is undefined.</summary>
    public (int From, int To) FirstUndefined(IndexFormula formula, int upTo)
    {
        var logs = Of(formula);
        for (var t = 1; t <= upTo && ((t * _width) + _width) <= logs.Length; t++)
        {
            for (var d = Math.Min(_width, t); d >= 1; d--)
            {
                if (double.IsNaN(logs[(t * _width) + d - 1]))
                {
                    return (t - d, t);
                }
            }
        }

        return (0, 0);
    }

    private double[] Of(IndexFormula formula) => formula switch
    {
        IndexFormula.GeksFisher => _fisher,
        IndexFormula.GeksTornqvist => _tornqvist,
        IndexFormula.GeksJevons => _jevons,
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "Only GEKS formulas use the pair band."),
    };
}

/// <summary>One GEKS formula's view of the band: ln P(l, t) for any l, t within the window width.</summary>
internal readonly struct PairLogs(double[] logs, int width)
{
    /// <summary>ln P(l, t); ln P(t, t) = 0 and ln P(t, l) = −ln P(l, t) (time reversal).</summary>
    public double Between(int l, int t) =>
        l == t ? 0 : l < t ? logs[(t * width) + (t - l - 1)] : -logs[(l * width) + (l - t - 1)];
}
