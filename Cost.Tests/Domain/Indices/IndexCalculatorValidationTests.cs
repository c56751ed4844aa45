using System.Collections.Immutable;
using Cost.Domain.Indices;

namespace Cost.Tests.Domain.Indices;

/// <summary>Bad requests are refused whole, each problem named by its field.</summary>
public class IndexCalculatorValidationTests
{
    private static IndexObservationInput Row(string period, string item, double? price, double? quantity = 1) => new(period, item, price, quantity);

    private static readonly IndexObservationInput?[] Good = [Row("2024-01", "a", 1), Row("2024-02", "a", 2), Row("2024-03", "a", 3)];

    private static IndexCalculatorInput Input(IReadOnlyList<IndexObservationInput?>? rows = null, string? basePeriod = "2024-01",
        string?[]? formulas = null, string? missing = null, int? window = null, string? splice = null) =>
        new(basePeriod, formulas ?? ["laspeyres"], false, rows ?? Good, missing, window, splice);

    private static ImmutableArray<IndexProblem> Problems(IndexCalculatorInput input)
    {
        var result = IndexCalculator.Calculate(input);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Series);
        return result.Problems;
    }

    private static void Names(IndexCalculatorInput input, string field, string words) =>
        Assert.Contains(Problems(input), p => p.Field == field && p.Message.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_good_request_succeeds() => Assert.True(IndexCalculator.Calculate(Input()).Succeeded);

    [Fact]
    public void An_unknown_formula_is_named_by_its_position() => Names(Input(formulas: ["laspeyres", "lowe"]), "formulas[1]", "lowe");

    [Fact]
    public void No_formula_is_refused() => Names(Input(formulas: []), "formulas", "至少");

    [Fact]
    public void A_base_period_absent_from_the_data_is_refused() => Names(Input(basePeriod: "2023-12"), "basePeriod", "2023-12");

    [Fact]
    public void A_base_period_that_is_not_a_month_is_refused() => Names(Input(basePeriod: "2024-13"), "basePeriod", "yyyy-MM");

    [Fact]
    public void A_bad_period_string_is_refused() => Names(Input([.. Good, Row("2024/04", "a", 1)]), "observations[3].period", "2024/04");

    [Fact]
    public void A_negative_price_or_quantity_is_refused()
    {
        var problems = Problems(Input([.. Good, Row("2024-04", "a", -1, -2)]));
        Assert.Contains(problems, p => p.Field == "observations[3].price" && p.Message.Contains("负数", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "observations[3].quantity" && p.Message.Contains("负数", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_price_is_refused_because_ratios_and_logs_are_undefined() =>
        Names(Input([.. Good, Row("2024-04", "b", 0)]), "observations[3].price", "不能为 0");

    [Fact]
    public void Non_finite_numbers_are_refused()
    {
        var problems = Problems(Input([.. Good, Row("2024-04", "a", double.NaN, double.PositiveInfinity)]));
        Assert.Contains(problems, p => p.Field == "observations[3].price");
        Assert.Contains(problems, p => p.Field == "observations[3].quantity");
    }

    [Fact]
    public void A_missing_quantity_is_refused_for_weighted_formulas_only()
    {
        IndexObservationInput?[] rows = [Row("2024-01", "a", 1, null), Row("2024-02", "a", 2, null)];
        Names(Input(rows), "observations[0].quantity", "数量");
        Assert.True(IndexCalculator.Calculate(Input(rows, formulas: ["jevons", "dutot", "carli", "geks-jevons"])).Succeeded);
    }

    [Fact]
    public void A_duplicate_period_and_item_names_both_rows() =>
        Names(Input([.. Good, Row("2024-02", "a", 5)]), "observations[3]", "observations[1]");

    [Fact]
    public void More_than_600000_observations_are_refused()
    {
        var rows = Enumerable.Range(0, 600_001).Select(k => (IndexObservationInput?)Row("2024-01", $"i{k}", 1)).ToList();
        Names(Input(rows), "observations", "600,000");
    }

    [Fact]
    public void Unknown_missing_prices_and_splice_values_are_refused()
    {
        var problems = Problems(Input(formulas: ["geks-fisher"], missing: "zero", window: 2, splice: "window"));
        Assert.Contains(problems, p => p.Field == "missingPrices");
        Assert.Contains(problems, p => p.Field == "splice");
    }

    [Fact]
    public void A_window_below_two_or_beyond_the_periods_is_refused()
    {
        Names(Input(formulas: ["geks-tornqvist"], window: 1), "window", "至少为 2");
        Names(Input(formulas: ["geks-tornqvist"], window: 4), "window", "3 期");
    }

    [Fact]
    public void A_window_or_splice_without_a_GEKS_formula_is_refused()
    {
        Names(Input(formulas: ["fisher"], window: 2), "window", "GEKS");
        Names(Input(formulas: ["geks-fisher"], splice: "mean"), "splice", "window");
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var problems = Problems(Input([Row("x", "", -1)], basePeriod: null, formulas: ["nope"], missing: "?"));
        Assert.Equal(["formulas[0]", "basePeriod", "missingPrices", "observations[0].period", "observations[0].item", "observations[0].price"],
            problems.Select(p => p.Field));
    }
}
