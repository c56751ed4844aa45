namespace Cost.Domain.Indices;

/// <summary>
/// The matched sums of one comparison of period 0 with period t over S, the items priced in both
/// (docs/domain-rules.md "Indices"), gathered in one pass so that all seven bilateral formulas and the
/// three GEKS building blocks come from the same loop. Each formula answers a ratio (1 = no change), or
/// NaN when it is undefined: S empty, or a zero expenditure under a weighted formula.
/// </summary>
public readonly struct BilateralComparison
{
    private readonly double _p0q0;
    private readonly double _ptq0;
    private readonly double _ptqt;
    private readonly double _p0qt;
    private readonly double _p0;
    private readonly double _pt;
    private readonly double _ratios;
    private readonly double _logRatios;
    private readonly double _p0q0LogRatios;
    private readonly double _ptqtLogRatios;

    private BilateralComparison(int matched, double p0q0, double ptq0, double ptqt, double p0qt, double p0, double pt,
        double ratios, double logRatios, double p0q0LogRatios, double ptqtLogRatios)
    {
        Matched = matched;
        _p0q0 = p0q0;
        _ptq0 = ptq0;
        _ptqt = ptqt;
        _p0qt = p0qt;
        _p0 = p0;
        _pt = pt;
        _ratios = ratios;
        _logRatios = logRatios;
        _p0q0LogRatios = p0q0LogRatios;
        _ptqtLogRatios = ptqtLogRatios;
    }

    /// <summary>n = |S|.</summary>
    public int Matched { get; }

    /// <summary>Σ_S p_t q_0 / Σ_S p_0 q_0 (CPI Manual 2004 (15.5)).</summary>
    public double Laspeyres => Matched == 0 || _p0q0 == 0 ? double.NaN : _ptq0 / _p0q0;

    /// <summary>Σ_S p_t q_t / Σ_S p_0 q_t (CPI Manual 2004 (15.6)).</summary>
    public double Paasche => Matched == 0 || _p0qt == 0 ? double.NaN : _ptqt / _p0qt;

    /// <summary>√(L·P) (CPI Manual 2004 (15.12)).</summary>
    public double Fisher => Math.Sqrt(Laspeyres * Paasche);

    /// <summary>
    /// exp Σ_S ½(s_i0 + s_it) ln(p_it / p_i0) with shares within S (CPI Manual 2004 (15.81)); expanded as
    /// ½(Σ_S p_0q_0 ln r / Σ_S p_0q_0 + Σ_S p_tq_t ln r / Σ_S p_tq_t), the same sum regrouped.
    /// </summary>
    public double Tornqvist => Math.Exp(LogTornqvist);

    /// <summary>ln of <see cref="Tornqvist"/>, for GEKS.</summary>
    public double LogTornqvist => Matched == 0 || _p0q0 == 0 || _ptqt == 0
        ? double.NaN
        : 0.5 * ((_p0q0LogRatios / _p0q0) + (_ptqtLogRatios / _ptqt));

    /// <summary>Π_S (p_it / p_i0)^(1/n) (CPI Manual 2004 (20.23)).</summary>
    public double Jevons => Math.Exp(LogJevons);

    /// <summary>ln of <see cref="Jevons"/>: the mean of ln(p_it / p_i0) over S.</summary>
    public double LogJevons => Matched == 0 ? double.NaN : _logRatios / Matched;

    /// <summary>(Σ_S p_it / n) / (Σ_S p_i0 / n) (CPI Manual 2004 (20.4)).</summary>
    public double Dutot => Matched == 0 ? double.NaN : _pt / _p0;

    /// <summary>Σ_S (p_it / p_i0) / n (CPI Manual 2004 (20.2)).</summary>
    public double Carli => Matched == 0 ? double.NaN : _ratios / Matched;

    /// <summary>The ratio of a bilateral formula; GEKS formulas are not bilateral.</summary>
    public double Of(IndexFormula formula) => formula switch
    {
        IndexFormula.Laspeyres => Laspeyres,
        IndexFormula.Paasche => Paasche,
        IndexFormula.Fisher => Fisher,
        IndexFormula.Tornqvist => Tornqvist,
        IndexFormula.Jevons => Jevons,
        IndexFormula.Dutot => Dutot,
        IndexFormula.Carli => Carli,
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "GEKS is multilateral."),
    };

    /// <summary>Compares period <paramref name="from"/> with period <paramref name="to"/> of the panel over their matched items.</summary>
    public static BilateralComparison Compare(PricePanel panel, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Compare(panel.PriceRow(from), panel.QuantityRow(from), panel.LogPriceRow(from),
            panel.PriceRow(to), panel.QuantityRow(to), panel.LogPriceRow(to));
    }

    /// <summary>The hot loop: one pass over the items, skipping those absent (NaN) in either period.</summary>
    private static BilateralComparison Compare(ReadOnlySpan<double> p0s, ReadOnlySpan<double> q0s, ReadOnlySpan<double> l0s,
        ReadOnlySpan<double> pts, ReadOnlySpan<double> qts, ReadOnlySpan<double> lts)
    {
        int n = 0;
        double p0q0 = 0, ptq0 = 0, ptqt = 0, p0qt = 0, sp0 = 0, spt = 0, ratios = 0, logs = 0, w0Logs = 0, wtLogs = 0;
        for (var i = 0; i < p0s.Length; i++)
        {
            var p0 = p0s[i];
            var pt = pts[i];
            if (double.IsNaN(p0) || double.IsNaN(pt))
            {
                continue;
            }

            var q0 = q0s[i];
            var qt = qts[i];
            var logRatio = lts[i] - l0s[i];
            var e00 = p0 * q0;
            var ett = pt * qt;
            n++;
            p0q0 += e00;
            ptq0 += pt * q0;
            ptqt += ett;
            p0qt += p0 * qt;
            sp0 += p0;
            spt += pt;
            ratios += pt / p0;
            logs += logRatio;
            w0Logs += e00 * logRatio;
            wtLogs += ett * logRatio;
        }

        return new BilateralComparison(n, p0q0, ptq0, ptqt, p0qt, sp0, spt, ratios, logs, w0Logs, wtLogs);
    }
}
