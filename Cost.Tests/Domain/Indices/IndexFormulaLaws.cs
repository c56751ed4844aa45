using Cost.Domain.Indices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.Indices.IndexTables;

namespace Cost.Tests.Domain.Indices;

/// <summary>
/// The index-number axioms (CPI Manual 2004 ch. 16, "The axiomatic and stochastic approaches") as laws
/// over generated tables: identity, proportionality, time reversal, chained = fixed base where the
/// formula is transitive on a fixed set, and Laspeyres's consistency in aggregation.
/// </summary>
public class IndexFormulaLaws
{
    private static readonly string[] All = [.. Bilateral, "geks-fisher", "geks-tornqvist", "geks-jevons"];

    /// <summary>Two periods: the first as generated, the second with its prices from <paramref name="price"/> and fresh positive quantities.</summary>
    private static Gen<(string, string, double, double)[]> TwoPeriods(Func<double, double> price) =>
        from first in CompleteTables(minPeriods: 1, maxPeriods: 1)
        from quantities in Gen.CollectToArray(first.Select(_ => Gen.Choose(1, 500)))
        select first.Concat(first.Select((r, k) => (Month(1), r.Item2, price(r.Item3), (double)quantities[k]))).ToArray();

    [Property(MaxTest = 200)]
    public Property Identity_unchanged_prices_give_100_whatever_the_quantities() =>
        Prop.ForAll(Arb.From(TwoPeriods(p => p)), rows =>
        {
            var values = Run(rows, Month(0), All);
            return All.All(f => Close(100, values[f][1])).Label(string.Join("; ", All.Select(f => $"{f} {Show(values[f])}")));
        });

    [Property(MaxTest = 200)]
    public Property Proportionality_all_prices_times_k_give_the_index_times_k() =>
        Prop.ForAll(Arb.From(CompleteTables(2, 2)), Arb.From(Gen.Choose(1, 5000).Select(k => k / 100.0)), (rows, k) =>
        {
            var scaled = rows.Where(r => r.Period == Month(0))
                .Concat(rows.Where(r => r.Period == Month(0)).Select(r => (Month(1), r.Item, r.P * k, rows.First(x => x.Period == Month(1) && x.Item == r.Item).Q)))
                .ToArray();
            var values = Run(scaled, Month(0), All);
            return All.All(f => Close(100 * k, values[f][1])).Label($"k = {k}");
        });

    [Property(MaxTest = 200)]
    public Property Time_reversal_for_Fisher_Tornqvist_and_Jevons() =>
        Prop.ForAll(Arb.From(Tables(positiveQuantities: true)), rows =>
        {
            string[] reversible = ["fisher", "tornqvist", "jevons"];
            var periods = rows.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal).ToList();
            var forward = Run(rows, periods[0], reversible);
            var backward = Run(rows, periods[^1], reversible);
            return reversible.All(f => forward[f][^1] is null
                ? backward[f][0] is null
                : Close(100 * 100, forward[f][^1] * backward[f][0]));
        });

    [Property(MaxTest = 200)]
    public Property Chained_equals_fixed_base_for_Jevons_and_Dutot_on_complete_panels() =>
        Prop.ForAll(Arb.From(CompleteTables()), rows =>
        {
            string[] formulas = ["jevons", "dutot"];
            var fixedBase = Run(rows, Month(0), formulas);
            var chained = Run(rows, Month(0), formulas, chained: true);
            return formulas.All(f => AllClose(fixedBase[f], chained[f]));
        });

    /// <summary>
    /// Σ_g (Σ_{i∈g} p_i0 q_i0 / Σ_i p_i0 q_i0) · L_g = L: the composite of sub-group Laspeyres indices
    /// weighted by base expenditure shares is the single-stage Laspeyres (CPI Manual 2004 §17.55).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Laspeyres_is_consistent_in_aggregation() =>
        Prop.ForAll(Arb.From(CompleteTables()), Arb.From(Gen.Choose(1, 3)), (rows, groups) =>
        {
            int Group(string item) => int.Parse(item.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % groups;
            var single = Run(rows, Month(0), ["laspeyres"])["laspeyres"];
            var expenditure = rows.Where(r => r.Period == Month(0)).GroupBy(r => Group(r.Item)).ToDictionary(g => g.Key, g => g.Sum(r => r.P * r.Q));
            var total = expenditure.Values.Sum();
            var composite = new double[single.Length];
            foreach (var (group, weight) in expenditure)
            {
                var sub = Run(rows.Where(r => Group(r.Item) == group), Month(0), ["laspeyres"])["laspeyres"];
                for (var t = 0; t < composite.Length; t++)
                {
                    composite[t] += weight / total * sub[t]!.Value;
                }
            }

            return AllClose(single, [.. composite.Select(c => (double?)c)]);
        });

    [Fact]
    public void GEKS_series_are_never_chained()
    {
        var series = IndexCalculator.Calculate(Panel(CompleteRows()), new Cost.Domain.YearMonth(2024, 1), [IndexFormula.GeksFisher, IndexFormula.Fisher], chained: true);
        Assert.False(series[0].Chained);
        Assert.True(series[1].Chained);
    }

    private static (string, string, double, double)[] CompleteRows() =>
        [(Month(0), "a", 1, 1), (Month(0), "b", 2, 1), (Month(1), "a", 2, 1), (Month(1), "b", 2, 3)];
}
