using System.Collections.Immutable;
using System.Text.Json;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// The cost indicators, the unit-rate check and the tender price index read the aggregates kept at filing
/// (filed_rate_histograms, indicator_values) and the awards; never the filed bills.
/// </summary>
public sealed class IndicatorQueries(CostDatabase database)
{
    /// <summary>The indicator values of the given tenders, or of every filed tender when null.</summary>
    public async Task<ImmutableArray<IndicatorValue>> ValuesAsync(IReadOnlyCollection<string>? tenderCodes = null, CancellationToken cancellationToken = default)
    {
        if (tenderCodes is { Count: 0 })
        {
            return [];
        }

        var (where, parameter) = tenderCodes is null ? ("", null) : AnyOf("tender_code", tenderCodes);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ValueRow>(
            $"""
            SELECT tender_code AS TenderCode, measure_code AS Code, measure_name AS Name, measure_unit AS Unit, measure_group AS MeasureGroup,
                   is_money AS IsMoney, project_type AS ProjectType, region AS Region, filed_month AS FiledMonth, value AS Value
            FROM indicator_values {(where.Length > 0 ? "WHERE " + where : "")}
            """, new { codes = parameter }).ConfigureAwait(false);
        return [.. rows.Select(r => new IndicatorValue(r.TenderCode, r.ProjectType, r.Region, YearMonth.Parse(r.FiledMonth),
            new IndicatorMeasure(r.Code, r.Name, r.Unit, r.MeasureGroup, r.IsMoney != 0), r.Value))];
    }

    /// <summary>
    /// Where the indicator values stand, read by primary keys only: the last exchange event (every filing, revision and
    /// award writes one in the transaction that replaces a tender's values), when the aggregates were last built, and the
    /// last index computation (today's prices).
    /// </summary>
    public async Task<IndicatorVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<VersionRow>(
            """
            SELECT (SELECT COALESCE(MAX(seq), 0) FROM exchange_events) AS EventSeq, (SELECT built_at FROM aggregate_state WHERE name = 'indicators') AS BuiltAt,
                   (SELECT MAX(computed_at) FROM price_indices) AS Indices
            """).ConfigureAwait(false);
        return new IndicatorVersion(row.EventSeq, row.BuiltAt, row.Indices);
    }

    /// <summary>The tenders whose values a filing, revision or award changed after event <paramref name="afterSeq"/>, up to <paramref name="toSeq"/>.</summary>
    public async Task<ImmutableArray<string>> ChangedTendersAsync(long afterSeq, long toSeq, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var codes = await connection.QueryAsync<string>(
            """
            SELECT DISTINCT tender_code FROM exchange_events
            WHERE seq > @afterSeq AND seq <= @toSeq AND kind IN (@filed, @revised, @award) AND tender_code IS NOT NULL
            """,
            new { afterSeq, toSeq, filed = ExchangeEvents.CeilingPriceFiled, revised = ExchangeEvents.CeilingPriceRevised, award = ExchangeEvents.AwardRecorded })
            .ConfigureAwait(false);
        return [.. codes];
    }

    /// <summary>The filed unit-rate histogram of the given 9-digit item codes.</summary>
    public async Task<ImmutableArray<RateCell>> RateCellsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return [];
        }

        var (filter, parameter) = AnyOf("item_code", codes);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<HistogramRow>(
            $"SELECT item_code AS Code, unit AS Unit, project_type AS ProjectType, buckets AS Buckets FROM filed_rate_histograms WHERE {filter}",
            new { codes = parameter }).ConfigureAwait(false);
        return
        [
            .. rows.SelectMany(r => JsonSerializer.Deserialize<Dictionary<int, long>>(r.Buckets)!
                .Select(b => new RateCell(r.Code, r.Unit, r.ProjectType, b.Key, b.Value))),
        ];
    }

    /// <summary>A tender's own share of the histogram (its latest filed version), to leave out when its next version is checked.</summary>
    public async Task<ImmutableArray<RateCell>> OwnCellsAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<OwnRow>(
            """
            SELECT p.project_type AS ProjectType, l.index_at_filing AS IndexAtFiling, v.boq_json AS BoqJson
            FROM tender_projects p
            JOIN filed_rate_levels l ON l.tender_code = p.tender_code
            JOIN tender_versions v ON v.tender_code = p.tender_code
            WHERE p.tender_code = @tenderCode AND v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = @tenderCode)
            """, new { tenderCode }).ConfigureAwait(false);
        return row is null ? [] : [.. FiledUnitRates.Cells(StoreJson.Read<Domain.Bills.Boq>(row.BoqJson), row.ProjectType, row.IndexAtFiling)];
    }

    /// <summary>Every recorded award with its tender's type, award month (bureau time) and ratio to the latest filed ceiling price.</summary>
    public async Task<ImmutableArray<AwardedTender>> AwardsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AwardedRow>(
            """
            SELECT p.project_type AS ProjectType, a.awarded_at AS AwardedAt, a.price AS Price, v.total_fen AS TotalFen
            FROM tender_awards a
            JOIN tender_projects p ON p.tender_code = a.tender_code
            JOIN tender_versions v ON v.tender_code = a.tender_code
            WHERE v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = a.tender_code)
            """).ConfigureAwait(false);
        return
        [
            .. rows.Where(r => r.TotalFen > 0).Select(r => new AwardedTender(r.ProjectType,
                BureauTime.MonthOf(Times.Read(r.AwardedAt)),
                (double)(Decimals.Read(r.Price) / Hundredths.Read(r.TotalFen)))),
        ];
    }

    /// <summary>
    /// "<paramref name="column"/> is one of <paramref name="codes"/>" as one query for any number of codes (parameter @codes):
    /// SQLite reads them from a JSON array, PostgreSQL from an array parameter.
    /// </summary>
    private (string Filter, object Parameter) AnyOf(string column, IReadOnlyCollection<string> codes) => database.Engine == StoreEngine.Sqlite
        ? ($"{column} IN (SELECT value FROM json_each(@codes))", JsonSerializer.Serialize(codes))
        : ($"{column} = ANY(@codes)", codes.ToArray());

    private sealed class ValueRow
    {
        public string TenderCode { get; init; } = "";

        public string Code { get; init; } = "";

        public string Name { get; init; } = "";

        public string Unit { get; init; } = "";

        public string MeasureGroup { get; init; } = "";

        public long IsMoney { get; init; }

        public string ProjectType { get; init; } = "";

        public string Region { get; init; } = "";

        public string FiledMonth { get; init; } = "";

        public double Value { get; init; }
    }

    private sealed class VersionRow
    {
        public long EventSeq { get; init; }

        public string? BuiltAt { get; init; }

        public string? Indices { get; init; }
    }

    private sealed class HistogramRow
    {
        public string Code { get; init; } = "";

        public string Unit { get; init; } = "";

        public string ProjectType { get; init; } = "";

        public string Buckets { get; init; } = "";
    }

    private sealed class OwnRow
    {
        public string ProjectType { get; init; } = "";

        public double IndexAtFiling { get; init; }

        public string BoqJson { get; init; } = "";
    }

    private sealed class AwardedRow
    {
        public string ProjectType { get; init; } = "";

        public string AwardedAt { get; init; } = "";

        public string Price { get; init; } = "";

        public long TotalFen { get; init; }
    }
}
