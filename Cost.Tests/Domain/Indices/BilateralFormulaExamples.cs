using static Cost.Tests.Domain.Indices.IndexTables;

namespace Cost.Tests.Domain.Indices;

/// <summary>Each formula on small tables worked by hand from the contract's definitions.</summary>
public class BilateralFormulaExamples
{
    // 2024-01: A 2 × 10, B 5 × 4, C 10 × 1;  2024-02: A 3 × 8, B 5 × 5, C 12 × 1.
    private static readonly (string, string, double, double)[] Three =
    [
        ("2024-01", "A", 2, 10), ("2024-01", "B", 5, 4), ("2024-01", "C", 10, 1),
        ("2024-02", "A", 3, 8), ("2024-02", "B", 5, 5), ("2024-02", "C", 12, 1),
    ];

    private static double Second(string formula, IEnumerable<(string, string, double, double)> rows, bool chained = false, bool carry = false) =>
        Run(rows, "2024-01", [formula], chained, carry)[formula][1]!.Value;

    [Fact]
    public void Laspeyres_is_current_prices_at_base_quantities_over_the_base_expenditure()
    {
        // Σ p1 q0 = 30 + 20 + 12 = 62; Σ p0 q0 = 20 + 20 + 10 = 50.
        Assert.Equal(124, Second("laspeyres", Three), 12);
    }

    [Fact]
    public void Paasche_is_current_expenditure_over_base_prices_at_current_quantities()
    {
        // Σ p1 q1 = 24 + 25 + 12 = 61; Σ p0 q1 = 16 + 25 + 10 = 51.
        Assert.Equal(100.0 * 61 / 51, Second("paasche", Three), 12);
    }

    [Fact]
    public void Fisher_is_the_geometric_mean_of_Laspeyres_and_Paasche()
    {
        Assert.Equal(100 * Math.Sqrt(1.24 * 61 / 51), Second("fisher", Three), 12);
    }

    [Fact]
    public void Tornqvist_weights_log_price_relatives_by_the_mean_of_the_two_periods_shares()
    {
        // s0 = (20, 20, 10) / 50; s1 = (24, 25, 12) / 61; relatives 1.5, 1, 1.2.
        var exponent = (0.5 * ((20.0 / 50) + (24.0 / 61)) * Math.Log(1.5)) + (0.5 * ((10.0 / 50) + (12.0 / 61)) * Math.Log(1.2));
        Assert.Equal(100 * Math.Exp(exponent), Second("tornqvist", Three), 12);
    }

    [Fact]
    public void Jevons_is_the_geometric_mean_of_the_price_relatives()
    {
        Assert.Equal(100 * Math.Cbrt(1.5 * 1 * 1.2), Second("jevons", Three), 12);
    }

    [Fact]
    public void Dutot_is_the_ratio_of_mean_prices()
    {
        Assert.Equal(100.0 * 20 / 17, Second("dutot", Three), 12);
    }

    [Fact]
    public void Carli_is_the_arithmetic_mean_of_the_price_relatives()
    {
        Assert.Equal(100 * (1.5 + 1 + 1.2) / 3, Second("carli", Three), 12);
    }

    // C is not priced in 2024-02 and D only there: S = {A, B}.
    private static readonly (string, string, double, double)[] Gappy =
    [
        ("2024-01", "A", 2, 10), ("2024-01", "B", 5, 4), ("2024-01", "C", 10, 1),
        ("2024-02", "A", 3, 8), ("2024-02", "B", 5, 5), ("2024-02", "D", 7, 3),
    ];

    [Fact]
    public void Matched_comparisons_use_only_the_items_priced_in_both_periods()
    {
        Assert.Equal(100.0 * (30 + 20) / (20 + 20), Second("laspeyres", Gappy), 12);
        Assert.Equal(100.0 * (24 + 25) / (16 + 25), Second("paasche", Gappy), 12);
        Assert.Equal(100 * Math.Sqrt(1.5), Second("jevons", Gappy), 12);
        Assert.Equal(100.0 * 8 / 7, Second("dutot", Gappy), 12);
        Assert.Equal(100 * 2.5 / 2, Second("carli", Gappy), 12);
        // Shares within S, not within each period's items: s0 = (20, 20) / 40, s1 = (24, 25) / 49.
        Assert.Equal(100 * Math.Exp(0.5 * (0.5 + (24.0 / 49)) * Math.Log(1.5)), Second("tornqvist", Gappy), 12);
    }

    [Fact]
    public void Carry_imputes_the_last_price_with_quantity_zero_and_counts_it_as_priced()
    {
        // C in 2024-02 takes 10 × 0; D in 2024-01 takes its later 7 × 0. S = {A, B, C, D}.
        Assert.Equal(100.0 * (30 + 20 + 10) / 50, Second("laspeyres", Gappy, carry: true), 12);
        Assert.Equal(100.0 * (24 + 25 + 0 + 21) / (16 + 25 + 0 + 21), Second("paasche", Gappy, carry: true), 12);
        Assert.Equal(100 * Math.Pow(1.5, 0.25), Second("jevons", Gappy, carry: true), 12);
        Assert.Equal(100.0 * (3 + 5 + 10 + 7) / (2 + 5 + 10 + 7), Second("dutot", Gappy, carry: true), 12);
        Assert.Equal(100 * 4.5 / 4, Second("carli", Gappy, carry: true), 12);
        var tornqvist = 0.5 * ((20.0 / 50) + (24.0 / 70)) * Math.Log(1.5);
        Assert.Equal(100 * Math.Exp(tornqvist), Second("tornqvist", Gappy, carry: true), 12);
    }

    [Fact]
    public void A_chained_series_multiplies_the_period_to_period_links_over_their_own_matched_items()
    {
        // 2024-03: A 6, D 14. Link 01→02 over {A, B}: Dutot 8/7. Link 02→03 over {A, D}: (6 + 14) / (3 + 7) = 2.
        (string, string, double, double)[] rows = [.. Gappy, ("2024-03", "A", 6, 1), ("2024-03", "D", 14, 1)];
        var chained = Run(rows, "2024-01", ["dutot"], chained: true)["dutot"];
        Assert.Equal([100, 100.0 * 8 / 7, 100.0 * 8 / 7 * 2], chained.Select(v => v!.Value), new ToleranceComparer(1e-12));

        // Fixed base compares 2024-01 with 2024-03 directly over {A}: 6 / 2.
        Assert.Equal(300, Run(rows, "2024-01", ["dutot"])["dutot"][2]!.Value, 12);

        // With the base in 2024-02, the level before it divides: 100 / (8/7).
        var rebased = Run(rows, "2024-02", ["dutot"], chained: true)["dutot"];
        Assert.Equal(100 * 7.0 / 8, rebased[0]!.Value, 12);
        Assert.Equal(200, rebased[2]!.Value, 12);
    }

    [Fact]
    public void A_comparison_with_no_matched_items_is_null_with_a_note_and_breaks_the_chain_beyond_it()
    {
        (string, string, double, double)[] rows = [("2024-01", "A", 2, 1), ("2024-02", "B", 3, 1), ("2024-03", "B", 6, 1)];
        var panel = Panel(rows);
        var fixedBase = Cost.Domain.Indices.BilateralIndices.FixedBase(panel, 0, [Cost.Domain.Indices.IndexFormula.Jevons])[0];
        Assert.Null(fixedBase.Values[1].Value);
        Assert.Contains("没有两期都有价格的项目", fixedBase.Values[1].Note);

        var chained = Cost.Domain.Indices.BilateralIndices.Chained(panel, 0, [Cost.Domain.Indices.IndexFormula.Jevons])[0];
        Assert.All(chained.Values.Skip(1), v => Assert.Null(v.Value));
        Assert.All(chained.Values.Skip(1), v => Assert.Contains("2024-01→2024-02", v.Note));
    }

    [Fact]
    public void A_weighted_formula_with_zero_matched_base_quantities_is_null_while_unweighted_ones_have_values()
    {
        (string, string, double, double)[] rows = [("2024-01", "A", 2, 0), ("2024-02", "A", 3, 5)];
        var values = Run(rows, "2024-01", Bilateral);
        Assert.Null(values["laspeyres"][1]);
        Assert.Null(values["fisher"][1]);
        Assert.Null(values["tornqvist"][1]);
        Assert.Equal(150, values["paasche"][1]!.Value, 12);
        Assert.Equal(150, values["jevons"][1]!.Value, 12);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), 1);

        public int GetHashCode(double obj) => 0;
    }
}
