namespace Cost.Tests.Domain.Indices;

/// <summary>
/// An independent implementation of the contract's definitions (docs/domain-rules.md "Indices"),
/// written literally and slowly: dictionaries per period, the matched set S built afresh for each
/// comparison, shares computed as shares, GEKS as a product of ratios, the splice following the
/// contract's sentence. It shares no code with Cost.Domain.Indices, so agreement to 1e-9 checks the
/// production code against the published definitions (as IndexNumR and PriceIndices implement them).
/// </summary>
public sealed class IndexReference
{
    private readonly SortedDictionary<string, Dictionary<string, (double P, double Q)>> _table = new(StringComparer.Ordinal);

    public IndexReference(IEnumerable<(string Period, string Item, double P, double Q)> rows, bool carry = false)
    {
        foreach (var (period, item, p, q) in rows)
        {
            if (!_table.TryGetValue(period, out var prices))
            {
                _table[period] = prices = [];
            }

            prices.Add(item, (p, q));
        }

        if (carry)
        {
            Carry();
        }
    }

    public IReadOnlyList<string> Periods => [.. _table.Keys];

    /// <summary>"each item absent in a period takes the price of its latest earlier observation (the earliest later one if there is none) with quantity 0".</summary>
    private void Carry()
    {
        var periods = Periods;
        var items = _table.Values.SelectMany(v => v.Keys).Distinct().ToList();
        var original = _table.ToDictionary(kv => kv.Key, kv => new Dictionary<string, (double P, double Q)>(kv.Value));
        foreach (var item in items)
        {
            for (var t = 0; t < periods.Count; t++)
            {
                if (original[periods[t]].ContainsKey(item))
                {
                    continue;
                }

                var earlier = Enumerable.Range(0, t).Reverse().Where(k => original[periods[k]].ContainsKey(item)).Select(k => (int?)k).FirstOrDefault();
                var later = Enumerable.Range(t + 1, periods.Count - t - 1).Where(k => original[periods[k]].ContainsKey(item)).Select(k => (int?)k).FirstOrDefault();
                var source = earlier ?? later!.Value;
                _table[periods[t]][item] = (original[periods[source]][item].P, 0);
            }
        }
    }

    /// <summary>The bilateral index from period a to period b as a ratio (1 = no change), null when undefined.</summary>
    public double? Bilateral(string formula, string a, string b)
    {
        var s = _table[a].Keys.Where(_table[b].ContainsKey).ToList();
        if (s.Count == 0)
        {
            return null;
        }

        double P0(string i) => _table[a][i].P;
        double Q0(string i) => _table[a][i].Q;
        double Pt(string i) => _table[b][i].P;
        double Qt(string i) => _table[b][i].Q;
        var n = s.Count;
        double? laspeyres = s.Sum(i => P0(i) * Q0(i)) == 0 ? null : s.Sum(i => Pt(i) * Q0(i)) / s.Sum(i => P0(i) * Q0(i));
        double? paasche = s.Sum(i => P0(i) * Qt(i)) == 0 ? null : s.Sum(i => Pt(i) * Qt(i)) / s.Sum(i => P0(i) * Qt(i));
        switch (formula)
        {
            case "laspeyres":
                return laspeyres;
            case "paasche":
                return paasche;
            case "fisher":
                return laspeyres is null || paasche is null ? null : Math.Sqrt(laspeyres.Value * paasche.Value);
            case "tornqvist":
                var e0 = s.Sum(j => P0(j) * Q0(j));
                var et = s.Sum(j => Pt(j) * Qt(j));
                if (e0 == 0 || et == 0)
                {
                    return null;
                }

                return Math.Exp(s.Sum(i => 0.5 * ((P0(i) * Q0(i) / e0) + (Pt(i) * Qt(i) / et)) * Math.Log(Pt(i) / P0(i))));
            case "jevons":
                return s.Aggregate(1.0, (product, i) => product * Math.Pow(Pt(i) / P0(i), 1.0 / n));
            case "dutot":
                return (s.Sum(Pt) / n) / (s.Sum(P0) / n);
            case "carli":
                return s.Sum(i => Pt(i) / P0(i)) / n;
            default:
                throw new ArgumentOutOfRangeException(nameof(formula), formula, null);
        }
    }

    /// <summary>Fixed base: 100 × I(base, t); the base itself 100.</summary>
    public double?[] FixedBase(string formula, string basePeriod) =>
        [.. Periods.Select(t => t == basePeriod ? 100 : Bilateral(formula, basePeriod, t) * 100)];

    /// <summary>Chained: 100 × the product of the links t−1→t from the base to t (divided, before the base).</summary>
    public double?[] Chained(string formula, string basePeriod)
    {
        var periods = Periods;
        var b = periods.ToList().IndexOf(basePeriod);
        var result = new double?[periods.Count];
        for (var t = 0; t < periods.Count; t++)
        {
            double? level = 100;
            for (var k = b + 1; k <= t; k++)
            {
                level *= Bilateral(formula, periods[k - 1], periods[k]);
            }

            for (var k = t + 1; k <= b; k++)
            {
                level /= Bilateral(formula, periods[k - 1], periods[k]);
            }

            result[t] = level;
        }

        return result;
    }

    /// <summary>G_t = [Π_{l∈W} P(l,t)]^(1/|W|), P(t,t) = 1, over the window W (a list of periods); null when a P is undefined.</summary>
    public Dictionary<string, double?> Geks(string bilateral, IReadOnlyList<string> window) =>
        window.ToDictionary(t => t, t =>
        {
            double? product = 1;
            foreach (var l in window)
            {
                product *= l == t ? 1 : Bilateral(bilateral, l, t);
            }

            return product is null ? null : (double?)Math.Pow(product.Value, 1.0 / window.Count);
        });

    /// <summary>The index with the full window: 100 × G_t / G_base.</summary>
    public double?[] GeksFull(string bilateral, string basePeriod)
    {
        var g = Geks(bilateral, Periods);
        return [.. Periods.Select(t => 100 * g[t] / g[basePeriod])];
    }

    /// <summary>
    /// Rolling window w with the mean splice, in the contract's words with 1-based periods: periods 1…w
    /// take the first window's values; for each later T, new = GEKS on T−w+1…T, old = GEKS on T−w…T−1;
    /// for each m in T−w+1…T−1 the ratio (new_T/new_m) ÷ (old_{T−1}/old_m); published_T = published_{T−1}
    /// × the geometric mean of the w−1 ratios. Then expressed with the base period = 100.
    /// </summary>
    public double?[] GeksRolling(string bilateral, string basePeriod, int w)
    {
        var periods = Periods;
        string Period(int oneBased) => periods[oneBased - 1];
        IReadOnlyList<string> Window(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Select(Period)];
        var published = new Dictionary<int, double?>();
        var first = Geks(bilateral, Window(1, w));
        for (var t = 1; t <= w; t++)
        {
            // The first window's own values; the series is put on its base only at the end, so a
            // period 1 without a value does not void the others.
            published[t] = first[Period(t)];
        }

        for (var bigT = w + 1; bigT <= periods.Count; bigT++)
        {
            var fresh = Geks(bilateral, Window(bigT - w + 1, bigT));
            var old = Geks(bilateral, Window(bigT - w, bigT - 1));
            double? product = 1;
            for (var m = bigT - w + 1; m <= bigT - 1; m++)
            {
                product *= fresh[Period(bigT)] / fresh[Period(m)] / (old[Period(bigT - 1)] / old[Period(m)]);
            }

            published[bigT] = published[bigT - 1] * (product is null ? null : Math.Pow(product.Value, 1.0 / (w - 1)));
        }

        var b = periods.ToList().IndexOf(basePeriod) + 1;
        return [.. Enumerable.Range(1, periods.Count).Select(t => 100 * published[t] / published[b])];
    }
}
