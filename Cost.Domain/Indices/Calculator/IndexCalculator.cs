using System.Collections.Immutable;

namespace Cost.Domain.Indices;

/// <summary>
/// The analyst's index calculator, <c>POST /api/indices/calculate</c> (docs/domain-rules.md "Indices";
/// GB/T 51290-2018 for 定基/环比; the formulas' definitions as the CPI Manual 2004 gives them).
/// </summary>
/// <remarks>
/// Decisions the contract leaves open:
/// <list type="bullet">
/// <item>A zero price is refused: every formula but Laspeyres and Paasche divides by or takes the log of a
/// price, so a zero price has no index; an item not priced in a month is simply left out of the table.</item>
/// <item>A comparison with no matched items (or, under a weighted formula, a zero matched expenditure)
/// has no value: null with a Chinese note; a chained series stays null beyond a broken link.</item>
/// <item>The base period's own value is 100 by definition (P(t, t) = 1).</item>
/// <item><c>window</c> applies to the GEKS formulas only and must be 2 … the number of periods; window or
/// splice with no GEKS formula is refused, as is a splice without a window. A window equal to the number
/// of periods is the full window. GEKS series are transitive and are answered with chained = false.</item>
/// <item>Quantities may be omitted when only Jevons, Dutot, Carli and GEKS-Jevons are asked for.</item>
/// </list>
/// </remarks>
public static class IndexCalculator
{
    /// <summary>Checks the request whole and, when nothing is wrong, computes every series asked for.</summary>
    public static IndexCalculation Calculate(IndexCalculatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = IndexRequestValidator.Validate(input, out var problems);
        return request is null
            ? new IndexCalculation([], problems)
            : new IndexCalculation(Calculate(request.Panel, request.BasePeriod, request.Formulas, request.Chained, request.MissingPrices, request.Window), []);
    }

    /// <summary>
    /// Computes the series of a valid table in the order of <paramref name="formulas"/> (without repeats).
    /// <c>carry</c> imputes over the whole table first; bilateral formulas are fixed-base or chained as
    /// <paramref name="chained"/> says; GEKS uses <paramref name="window"/> (null: every period) with the
    /// mean splice when it is shorter than the table.
    /// </summary>
    public static ImmutableArray<IndexSeries> Calculate(PricePanel panel, YearMonth basePeriod, IReadOnlyList<IndexFormula> formulas,
        bool chained, MissingPrices missingPrices = MissingPrices.Matched, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(formulas);
        var b = panel.IndexOf(basePeriod);
        if (b < 0)
        {
            throw new ArgumentException($"The table has no prices in {basePeriod}.", nameof(basePeriod));
        }

        var table = missingPrices == MissingPrices.Carry ? panel.WithCarriedPrices() : panel;
        var wanted = formulas.Distinct().ToList();
        var bilateral = wanted.Where(f => !f.IsMultilateral()).ToList();
        var multilateral = wanted.Where(f => f.IsMultilateral()).ToList();
        var series = new List<IndexSeries>(wanted.Count);
        if (bilateral.Count > 0)
        {
            series.AddRange(chained ? BilateralIndices.Chained(table, b, bilateral) : BilateralIndices.FixedBase(table, b, bilateral));
        }

        if (multilateral.Count > 0)
        {
            series.AddRange(GeksIndices.Compute(table, b, multilateral, window));
        }

        return [.. series.OrderBy(s => wanted.IndexOf(s.Formula))];
    }
}
