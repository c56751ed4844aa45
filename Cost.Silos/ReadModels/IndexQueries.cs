using System.Collections.Immutable;
using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// Published indices (table price_indices) as the API, the pages and the index grain read them,
/// without waking a grain.
/// </summary>
public sealed class IndexQueries(CostDatabase database)
{
    private const string Select = """
        SELECT period AS Period, base_period AS BasePeriod, index_code AS IndexCode, name AS Name, kind AS Kind, fixed_base AS FixedBase,
               chained AS Chained, year_on_year AS YearOnYear, contributions_json AS ContributionsJson, carried AS Carried, weight_bills AS WeightBills
        FROM price_indices
        """;

    /// <summary>One month's indices under a base period, in basket order; empty before they are published.</summary>
    public async Task<ImmutableArray<PriceIndex>> PeriodAsync(string region, YearMonth period, YearMonth basePeriod, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndexRow>($"{Select} WHERE region = @region AND period = @p AND base_period = @b ORDER BY sort_order",
            new { region, p = period.ToString(), b = basePeriod.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(ToIndex)];
    }

    /// <summary>Every published value under a base period from <paramref name="from"/> on (all when null), oldest first, basket order within a month.</summary>
    public async Task<ImmutableArray<PriceIndex>> HistoryAsync(string region, YearMonth basePeriod, YearMonth? from = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndexRow>(
            $"{Select} WHERE region = @region AND base_period = @b AND (@from IS NULL OR period >= @from) ORDER BY period, sort_order",
            new { region, b = basePeriod.ToString(), from = from?.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(ToIndex)];
    }

    /// <summary>Fixed-base values of one month by index code; empty when the month has none under that base.</summary>
    public async Task<IReadOnlyDictionary<string, double>> FixedBaseAsync(string region, YearMonth period, YearMonth basePeriod, CancellationToken cancellationToken = default) =>
        PriceIndexPublisher.FixedBase(await PeriodAsync(region, period, basePeriod, cancellationToken).ConfigureAwait(false));

    /// <summary>The months with published indices under a base period, newest first.</summary>
    public async Task<ImmutableArray<YearMonth>> PeriodsAsync(string region, YearMonth basePeriod, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            "SELECT DISTINCT period FROM price_indices WHERE region = @region AND base_period = @b ORDER BY period DESC",
            new { region, b = basePeriod.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(YearMonth.Parse)];
    }

    /// <summary>The filed bills' consumption per category (<see cref="ConsumptionWeights"/>): how many bills list it and the value used per resource.</summary>
    public async Task<ImmutableArray<FiledConsumption>> FiledConsumptionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var bills = (await connection.QueryAsync<CategoryBills>(
            "SELECT category AS Category, COUNT(DISTINCT tender_code) AS Bills FROM filed_material_use GROUP BY category").ConfigureAwait(false))
            .ToDictionary(b => b.Category, b => (int)b.Bills, StringComparer.Ordinal);
        var uses = await connection.QueryAsync<ResourceUse>(
            """
            SELECT category AS Category, resource_code AS Code, spec AS Spec, SUM(used_value) AS Value
            FROM filed_material_use GROUP BY category, resource_code, spec ORDER BY category, resource_code, spec
            """).ConfigureAwait(false);
        return
        [
            .. uses.GroupBy(u => u.Category, StringComparer.Ordinal)
                .Select(g => new FiledConsumption(g.Key, bills[g.Key], [.. g.Select(u => new MaterialUse(g.Key, u.Code, u.Spec, (decimal)u.Value))])),
        ];
    }

    private static double Read(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static PriceIndex ToIndex(IndexRow r) => new(
        r.IndexCode, r.Name, Enum.Parse<IndexKind>(r.Kind, ignoreCase: true), YearMonth.Parse(r.Period), YearMonth.Parse(r.BasePeriod),
        Read(r.FixedBase), r.Chained is null ? null : Read(r.Chained), r.YearOnYear is null ? null : Read(r.YearOnYear),
        StoreJson.Read<ImmutableArray<IndexContribution>>(r.ContributionsJson), (int)r.Carried, (int)r.WeightBills);

    private sealed record IndexRow(string Period, string BasePeriod, string IndexCode, string Name, string Kind, string FixedBase,
        string? Chained, string? YearOnYear, string ContributionsJson, long Carried, long WeightBills);

    private sealed class CategoryBills
    {
        public string Category { get; init; } = "";

        public long Bills { get; init; }
    }

    private sealed class ResourceUse
    {
        public string Category { get; init; } = "";

        public string Code { get; init; } = "";

        public string Spec { get; init; } = "";

        public double Value { get; init; }
    }
}
