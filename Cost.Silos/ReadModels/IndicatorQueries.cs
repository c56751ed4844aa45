using System.Collections.Immutable;
using System.Text.Json;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Indicators;
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
    /// <summary>The filed tenders' indicator values in a region and filing year (all when null).</summary>
    public async Task<ImmutableArray<IndicatorValue>> ValuesAsync(string? region, int? year, CancellationToken cancellationToken = default)
    {
        var where = (region, year) switch
        {
            (null, null) => "",
            (not null, null) => "WHERE region = @region",
            (null, not null) => "WHERE filed_month LIKE @year",
            _ => "WHERE region = @region AND filed_month LIKE @year",
        };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ValueRow>(
            $"""
            SELECT tender_code AS TenderCode, measure_code AS Code, measure_name AS Name, measure_unit AS Unit, measure_group AS MeasureGroup,
                   is_money AS IsMoney, project_type AS ProjectType, region AS Region, filed_month AS FiledMonth, value AS Value
            FROM indicator_values {where}
            """, new { region, year = year is { } y ? $"{y:0000}-%" : null }).ConfigureAwait(false);
        return [.. rows.Select(r => new IndicatorValue(r.TenderCode, r.ProjectType, r.Region, YearMonth.Parse(r.FiledMonth),
            new IndicatorMeasure(r.Code, r.Name, r.Unit, r.MeasureGroup, r.IsMoney != 0), r.Value))];
    }

    /// <summary>
    /// What the indicators depend on, as one text that changes whenever they may: the last filing, the number of
    /// awards and the last index computation. A cache of computed cells holds while it stays the same.
    /// </summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<VersionRow>(
            """
            SELECT (SELECT COALESCE(MAX(seq), 0) FROM filings) AS Filings, (SELECT COUNT(*) FROM tender_awards) AS Awards,
                   (SELECT MAX(computed_at) FROM price_indices) AS Indices
            """).ConfigureAwait(false);
        return $"{row.Filings}/{row.Awards}/{row.Indices}";
    }

    /// <summary>The filing years that have indicator values, newest first.</summary>
    public async Task<ImmutableArray<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var years = await connection.QueryAsync<string>("SELECT DISTINCT substr(filed_month, 1, 4) FROM indicator_values").ConfigureAwait(false);
        return [.. years.Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)).OrderDescending()];
    }

    /// <summary>The filed unit-rate histogram of the given 9-digit item codes.</summary>
    public async Task<ImmutableArray<RateCell>> RateCellsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return [];
        }

        // One query for any number of codes: SQLite reads them from a JSON array, PostgreSQL from an array parameter.
        var (filter, parameter) = database.Engine == StoreEngine.Sqlite
            ? ("item_code IN (SELECT value FROM json_each(@codes))", (object)JsonSerializer.Serialize(codes))
            : ("item_code = ANY(@codes)", codes.ToArray());
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
        public long Filings { get; init; }

        public long Awards { get; init; }

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
