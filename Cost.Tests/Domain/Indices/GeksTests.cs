using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.Indices.IndexTables;

namespace Cost.Tests.Domain.Indices;

/// <summary>GEKS over the full window and a rolling window with the mean splice (docs/domain-rules.md "Indices").</summary>
public class GeksTests
{
    private static readonly string[] Geks = ["geks-fisher", "geks-tornqvist", "geks-jevons"];

    [Property(MaxTest = 1000)]
    public Property The_full_window_is_transitive_a_to_c_equals_a_to_b_times_b_to_c() =>
        Prop.ForAll(Arb.From(Tables(presentPercent: 90, positiveQuantities: true, minPeriods: 3)), rows =>
        {
            var periods = rows.Select(r => r.Period).Distinct().Order(StringComparer.Ordinal).ToList();
            var (a, b, c) = (0, periods.Count / 2, periods.Count - 1);
            var fromA = Run(rows, periods[a], Geks);
            var fromB = Run(rows, periods[b], Geks);
            // Transitivity speaks of comparisons that exist: a period whose GEKS level is undefined (a
            // pair of periods with no matched item) has no value to chain through.
            return Geks.All(f => fromA[f][c] is null || fromA[f][b] is null || fromB[f][c] is null
                || Close(fromA[f][c], fromA[f][b] * fromB[f][c] / 100))
                .Label(string.Join("; ", Geks.Select(f => $"{f}: {fromA[f][c]} vs {fromA[f][b]} × {fromB[f][c]} / 100")));
        });

    [Property(MaxTest = 200)]
    public Property On_two_periods_GEKS_is_the_bilateral_formula() =>
        Prop.ForAll(Arb.From(Tables(positiveQuantities: true, maxPeriods: 2)), rows =>
        {
            var values = Run(rows, Month(0), ["fisher", "tornqvist", "jevons", .. Geks]);
            return Close(values["fisher"][1], values["geks-fisher"][1])
                && Close(values["tornqvist"][1], values["geks-tornqvist"][1])
                && Close(values["jevons"][1], values["geks-jevons"][1]);
        });

    [Fact]
    public void A_window_as_long_as_the_table_is_the_full_window()
    {
        var rows = Prices4x2();
        Assert.Equal(Run(rows, Month(0), Geks), Run(rows, Month(0), Geks, window: 4), new SeriesComparer());
    }

    /// <summary>
    /// GEKS-Jevons, window 2, on one item with prices 1, 2, 4, 8 and a second with 1, 1, 2, 2: each window
    /// of two is the bilateral Jevons, and with w − 1 = 1 overlap period m = T − 1 the ratio is
    /// (new_T / new_{T−1}) ÷ (old_{T−1} / old_{T−1}) = the Jevons link T−1→T, so the spliced series is
    /// the chained Jevons: 100, √2·100, √2·√4·100, √2·√4·√2·100 → 100, 141.42…, 282.84…, 400.
    /// </summary>
    [Fact]
    public void A_rolling_window_of_two_splices_into_the_chained_bilateral_series()
    {
        var values = Run(Prices4x2(), Month(0), ["geks-jevons"], window: 2)["geks-jevons"];
        double?[] expected = [100, 100 * Math.Sqrt(2), 100 * Math.Sqrt(2) * 2, 100 * Math.Sqrt(2) * 2 * Math.Sqrt(2)];
        Assert.True(AllClose(expected, values), Show(values));
    }

    /// <summary>
    /// Window 3 on four periods, worked by hand for GEKS-Jevons with one item (so every P(l, t) is the
    /// price relative p_t / p_l and every GEKS value in a window is p_t / (geometric mean of the window's prices)).
    /// Prices 1, 2, 4, 16. First window {1,2,3}: values ∝ 1, 2, 4 → published 100, 200, 400. T = 4: new on {2,3,4}
    /// ∝ 2, 4, 16; old on {1,2,3} ∝ 1, 2, 4; m = 2: (16/2) ÷ (4/2) = 4; m = 3: (16/4) ÷ (4/4) = 4; geometric mean 4 → 1600.
    /// </summary>
    [Fact]
    public void A_rolling_window_of_three_with_the_mean_splice_worked_by_hand()
    {
        (string, string, double, double)[] rows = [(Month(0), "a", 1, 1), (Month(1), "a", 2, 1), (Month(2), "a", 4, 1), (Month(3), "a", 16, 1)];
        var values = Run(rows, Month(0), ["geks-jevons"], window: 3)["geks-jevons"];
        Assert.True(AllClose([100, 200, 400, 1600], values), Show(values));

        // Published values are never revised; the base only rescales: with base 2024-03 every value is divided by 4.
        var rebased = Run(rows, Month(2), ["geks-jevons"], window: 3)["geks-jevons"];
        Assert.True(AllClose([25, 50, 100, 400], rebased), Show(rebased));
    }

    /// <summary>
    /// Two items, window 3, where the splice differs from the full window: a at 1, 2, 4, 8 and b at 1, 1, 1, 8,
    /// b missing in 2024-02. Computed by <see cref="IndexReference"/> and, for T = 4, by hand below.
    /// </summary>
    [Fact]
    public void A_rolling_window_on_a_table_with_a_missing_price_follows_the_contract_step_by_step()
    {
        (string, string, double, double)[] rows =
        [
            (Month(0), "a", 1, 1), (Month(0), "b", 1, 1), (Month(1), "a", 2, 1),
            (Month(2), "a", 4, 1), (Month(2), "b", 1, 1), (Month(3), "a", 8, 1), (Month(3), "b", 8, 1),
        ];
        var values = Run(rows, Month(0), ["geks-jevons"], window: 3)["geks-jevons"];

        // Jevons P(l,t) over matched items: P(1,2)=2 {a}; P(1,3)=√(4·1)=2; P(2,3)=2 {a}; P(2,4)=4 {a}; P(3,4)=√(2·8)=4.
        // Window {1,2,3}: G1 = (1·½·½)^⅓, G2 = (2·1·½)^⅓, G3 = (2·2·1)^⅓.
        double Cbrt(double x) => Math.Cbrt(x);
        var first = new[] { Cbrt(1 * 0.5 * 0.5), Cbrt(2 * 1 * 0.5), Cbrt(2 * 2 * 1) };
        var fresh = new[] { Cbrt(1 * 0.5 * 0.25), Cbrt(2 * 1 * 0.25), Cbrt(4 * 4 * 1) }; // window {2,3,4}: G2, G3, G4
        var ratioM2 = (fresh[2] / fresh[0]) / (first[2] / first[1]);
        var ratioM3 = (fresh[2] / fresh[1]) / (first[2] / first[2]);
        double?[] expected = [100, 100 * first[1] / first[0], 100 * first[2] / first[0], 100 * first[2] / first[0] * Math.Sqrt(ratioM2 * ratioM3)];
        Assert.True(AllClose(expected, values), $"{Show(values)} vs {Show(expected)}");
        Assert.True(AllClose(new IndexReference(rows).GeksRolling("jevons", Month(0), 3), values));
    }

    private static (string, string, double, double)[] Prices4x2() =>
    [
        (Month(0), "a", 1, 1), (Month(1), "a", 2, 1), (Month(2), "a", 4, 1), (Month(3), "a", 8, 1),
        (Month(0), "b", 1, 1), (Month(1), "b", 1, 1), (Month(2), "b", 2, 1), (Month(3), "b", 2, 1),
    ];

    private sealed class SeriesComparer : IEqualityComparer<Dictionary<string, double?[]>>
    {
        public bool Equals(Dictionary<string, double?[]>? x, Dictionary<string, double?[]>? y) =>
            x!.Keys.Order().SequenceEqual(y!.Keys.Order()) && x.Keys.All(k => AllClose(x[k], y[k]));

        public int GetHashCode(Dictionary<string, double?[]> obj) => 0;
    }
}
