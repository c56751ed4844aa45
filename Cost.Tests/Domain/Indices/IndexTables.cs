using System.Globalization;
using Cost.Domain;
using Cost.Domain.Indices;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Domain.Indices;

/// <summary>Small price/quantity tables for the calculator's tests, generators of them, and a 1e-9 comparison.</summary>
public static class IndexTables
{
    public static readonly string[] Bilateral = ["laspeyres", "paasche", "fisher", "tornqvist", "jevons", "dutot", "carli"];

    public static string Month(int k) => new YearMonth(2024, 1).AddMonths(k).ToString();

    public static PricePanel Panel(IEnumerable<(string Period, string Item, double P, double Q)> rows) =>
        PricePanel.Build([.. rows.Select(r => new PanelObservation(YearMonth.Parse(r.Period), r.Item, r.P, r.Q))]);

    /// <summary>Runs the production calculator and answers each series' values by formula name (ratios × 100, null when undefined).</summary>
    public static Dictionary<string, double?[]> Run(IEnumerable<(string Period, string Item, double P, double Q)> rows, string basePeriod,
        IEnumerable<string> formulas, bool chained = false, bool carry = false, int? window = null)
    {
        var parsed = formulas.Select(f => IndexFormulas.TryParse(f, out var formula) ? formula : throw new ArgumentException(f)).ToList();
        var series = IndexCalculator.Calculate(Panel(rows), YearMonth.Parse(basePeriod), parsed, chained,
            carry ? MissingPrices.Carry : MissingPrices.Matched, window);
        return series.ToDictionary(s => s.Formula.Name(), s => s.Values.Select(v => v.Value).ToArray());
    }

    /// <summary>Equal to 1e-9 relative, and null exactly where the other is null.</summary>
    public static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null
        : actual is not null && Math.Abs(expected.Value - actual.Value) <= 1e-9 * Math.Max(Math.Abs(expected.Value), 1e-300);

    public static bool AllClose(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(x => Close(x.First, x.Second));

    public static string Show(IEnumerable<double?> values) =>
        string.Join(", ", values.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "null"));

    private static Gen<double> Prices => Gen.Choose(1, 1_000_000).Select(c => c / 100.0);

    /// <summary>
    /// A panel of 2–7 consecutive months and 1–8 items; each cell is present with the given chance,
    /// every period keeps at least one row. Quantities 0–500 (0 now and then) or 1–500.
    /// </summary>
    public static Gen<(string Period, string Item, double P, double Q)[]> Tables(int presentPercent = 75, bool positiveQuantities = false,
        int minPeriods = 2, int maxPeriods = 7) =>
        from periods in Gen.Choose(minPeriods, maxPeriods)
        from items in Gen.Choose(1, 8)
        from cells in Gen.CollectToArray(Enumerable.Range(0, periods * items).Select(_ =>
            from present in Gen.Choose(1, 100)
            from p in Prices
            from q in Gen.Choose(positiveQuantities ? 1 : 0, 500)
            select (Present: present <= presentPercent, P: p, Q: (double)q)))
        select Enumerable.Range(0, periods * items)
            .Where(k => cells[k].Present || k % items == (k / items) % items)
            .Select(k => (Month(k / items), $"i{k % items}", cells[k].P, cells[k].Q))
            .ToArray();

    /// <summary>A complete panel (every item priced in every period) with positive quantities.</summary>
    public static Gen<(string Period, string Item, double P, double Q)[]> CompleteTables(int minPeriods = 2, int maxPeriods = 7) =>
        Tables(presentPercent: 100, positiveQuantities: true, minPeriods, maxPeriods);
}
