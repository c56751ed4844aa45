using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Dapper;
using Npgsql;

namespace Cost.Silos.Store;

/// <summary>
/// The aggregates behind the upload's unit-rate check and the cost indicators (filed_rate_histograms with
/// filed_rate_levels, indicator_values), kept to each tender's latest filed version in the transaction of the change: a filing
/// or revision takes the previous filed version's share out and puts the new one in; an award replaces the
/// tender's values. Tenders without a building area stay out, as they stay out of the indicators.
/// <see cref="RebuildAsync"/> builds them anew from the filings; a test holds the two ways equal.
/// </summary>
internal static class IndicatorAggregates
{
    private const string StateName = "indicators";

    /// <summary>Called for a filed version before its row enters the filing feed.</summary>
    public static async Task OnFilingAsync(DbConnection connection, DbTransaction transaction, TenderInfo info, TenderVersion filed)
    {
        if (info.BuildingArea is null)
        {
            return;
        }

        var code = info.TenderCode;
        if (await LatestFiledAsync(connection, transaction, code).ConfigureAwait(false) is { } previous)
        {
            var level = await LevelAsync(connection, transaction, code, info.ProjectType, Month(previous.FiledAt)).ConfigureAwait(false);
            await AddCellsAsync(connection, transaction, FiledUnitRates.Cells(StoreJson.Read<Boq>(previous.BoqJson), info.ProjectType, level)
                .Select(c => c with { Lines = -c.Lines })).ConfigureAwait(false);
        }

        var month = BureauTime.MonthOf(filed.FiledAt!.Value);
        var index = await IndexAtAsync(connection, transaction, info.ProjectType, month).ConfigureAwait(false);
        await SaveLevelAsync(connection, transaction, code, index).ConfigureAwait(false);
        await AddCellsAsync(connection, transaction, FiledUnitRates.Cells(filed.Boq, info.ProjectType, index)).ConfigureAwait(false);
        await ReplaceValuesAsync(connection, transaction,
            new IndicatorProject(code, info.Name, info.ProjectType, info.Region, month, info.BuildingArea.Value, filed.Price, filed.Boq,
                await AwardAsync(connection, transaction, code).ConfigureAwait(false))).ConfigureAwait(false);
    }

    /// <summary>Called when an award is recorded: the tender's values gain the award ratio.</summary>
    public static async Task OnAwardAsync(DbConnection connection, DbTransaction transaction, string tenderCode, decimal price)
    {
        if (await FiledProjectAsync(connection, transaction, tenderCode).ConfigureAwait(false) is { } row)
        {
            await ReplaceValuesAsync(connection, transaction, row.Project(price)).ConfigureAwait(false);
        }
    }

    /// <summary>Builds both aggregates anew from every tender's latest filed version; answers how many tenders and priced lines they hold.</summary>
    public static async Task<(int Tenders, long Lines)> RebuildAsync(CostDatabase database, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await BuildAsync(database, at, onlyIfMissing: false, cancellationToken).ConfigureAwait(false) ?? (0, 0);

    /// <summary>
    /// Builds the aggregates once on a store whose filings predate them; does nothing on a store that has them.
    /// Web fronts starting together build them once: the first marks the store in its transaction, the others find the mark.
    /// </summary>
    public static Task EnsureBuiltAsync(CostDatabase database, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        BuildAsync(database, at, onlyIfMissing: true, cancellationToken);

    private static async Task<(int Tenders, long Lines)?> BuildAsync(CostDatabase database, DateTimeOffset at, bool onlyIfMissing, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!onlyIfMissing)
        {
            await connection.ExecuteAsync("DELETE FROM aggregate_state WHERE name = @name", new { name = StateName }, transaction).ConfigureAwait(false);
        }

        var marked = await connection.ExecuteAsync("INSERT INTO aggregate_state (name, built_at) VALUES (@name, @at) ON CONFLICT (name) DO NOTHING",
            new { name = StateName, at = Times.Write(at) }, transaction).ConfigureAwait(false);
        if (marked == 0)
        {
            return null;
        }

        await connection.ExecuteAsync("DELETE FROM filed_rate_histograms", transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM indicator_values", transaction: transaction).ConfigureAwait(false);
        await FiledMaterials.RebuildAsync(connection, transaction).ConfigureAwait(false);
        var codes = (await connection.QueryAsync<string>("SELECT DISTINCT tender_code FROM filings ORDER BY tender_code", transaction: transaction).ConfigureAwait(false)).ToList();
        var cells = new List<RateCell>();
        var tenders = 0;
        foreach (var code in codes)
        {
            if (await FiledProjectAsync(connection, transaction, code).ConfigureAwait(false) is not { } row)
            {
                continue;
            }

            var project = row.Project(await AwardAsync(connection, transaction, code).ConfigureAwait(false));
            var level = await LevelAsync(connection, transaction, code, project.ProjectType, project.FiledMonth).ConfigureAwait(false);
            await SaveLevelAsync(connection, transaction, code, level).ConfigureAwait(false);
            cells.AddRange(FiledUnitRates.Cells(project.Boq, project.ProjectType, level));
            await ReplaceValuesAsync(connection, transaction, project).ConfigureAwait(false);
            tenders++;
        }

        var summed = FiledUnitRates.Sum(cells).ToList();
        await AddCellsAsync(connection, transaction, summed).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (tenders, summed.Sum(c => c.Lines));
    }

    /// <summary>
    /// Adds cells to the histogram rows of their item, unit and type: each row read, merged and written back
    /// under a row lock on PostgreSQL (SQLite has one writer), so that filings at the same time both count.
    /// </summary>
    private static async Task AddCellsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RateCell> cells)
    {
        var lockRow = connection is NpgsqlConnection ? " FOR UPDATE" : "";
        foreach (var row in cells.GroupBy(c => (c.Code, c.Unit, c.ProjectType)))
        {
            var key = new { code = row.Key.Code, unit = row.Key.Unit, type = row.Key.ProjectType };
            await connection.ExecuteAsync(
                "INSERT INTO filed_rate_histograms (item_code, unit, project_type, buckets) VALUES (@code, @unit, @type, '{}') ON CONFLICT (item_code, unit, project_type) DO NOTHING",
                key, transaction).ConfigureAwait(false);
            var stored = await connection.ExecuteScalarAsync<string>(
                $"SELECT buckets FROM filed_rate_histograms WHERE item_code = @code AND unit = @unit AND project_type = @type{lockRow}", key, transaction).ConfigureAwait(false);
            var buckets = JsonSerializer.Deserialize<SortedDictionary<int, long>>(stored!)!;
            foreach (var cell in row)
            {
                var lines = buckets.GetValueOrDefault(cell.Bucket) + cell.Lines;
                if (lines > 0)
                {
                    buckets[cell.Bucket] = lines;
                }
                else
                {
                    buckets.Remove(cell.Bucket);
                }
            }

            await connection.ExecuteAsync(buckets.Count == 0
                    ? "DELETE FROM filed_rate_histograms WHERE item_code = @code AND unit = @unit AND project_type = @type"
                    : "UPDATE filed_rate_histograms SET buckets = @buckets WHERE item_code = @code AND unit = @unit AND project_type = @type",
                new { key.code, key.unit, key.type, buckets = JsonSerializer.Serialize(buckets) }, transaction).ConfigureAwait(false);
        }
    }

    /// <summary>The tender's recorded award in yuan, null before one is recorded.</summary>
    private static async Task<decimal?> AwardAsync(DbConnection connection, DbTransaction transaction, string code) =>
        await connection.ExecuteScalarAsync<string?>("SELECT price FROM tender_awards WHERE tender_code = @code", new { code }, transaction).ConfigureAwait(false) is { } price
            ? Decimals.Read(price)
            : null;

    /// <summary>
    /// The index level the tender's share of the histogram entered at: the one kept, so that taking it out or
    /// rebuilding puts back exactly what the filing put in; the index at its filing month when none was kept.
    /// </summary>
    private static async Task<double> LevelAsync(DbConnection connection, DbTransaction transaction, string code, string projectType, YearMonth filedMonth) =>
        await connection.ExecuteScalarAsync<double?>("SELECT index_at_filing FROM filed_rate_levels WHERE tender_code = @code", new { code }, transaction).ConfigureAwait(false)
            ?? await IndexAtAsync(connection, transaction, projectType, filedMonth).ConfigureAwait(false);

    /// <summary>The city's composite index of a type at or before a month, under the latest base period; the base level when none is published.</summary>
    private static async Task<double> IndexAtAsync(DbConnection connection, DbTransaction transaction, string projectType, YearMonth month)
    {
        var value = await connection.ExecuteScalarAsync<string?>(
            """
            SELECT fixed_base FROM price_indices WHERE region = @region AND index_code = @projectType AND kind = 'composite' AND period <= @month
            ORDER BY base_period DESC, period DESC LIMIT 1
            """, new { region = Regions.City, projectType, month = month.ToString() }, transaction).ConfigureAwait(false);
        return value is null ? FiledUnitRates.BaseIndex : double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static Task<int> SaveLevelAsync(DbConnection connection, DbTransaction transaction, string code, double level) =>
        connection.ExecuteAsync(
            """
            INSERT INTO filed_rate_levels (tender_code, index_at_filing) VALUES (@code, @level)
            ON CONFLICT (tender_code) DO UPDATE SET index_at_filing = excluded.index_at_filing
            """, new { code, level }, transaction);

    private static async Task ReplaceValuesAsync(DbConnection connection, DbTransaction transaction, IndicatorProject project)
    {
        await connection.ExecuteAsync("DELETE FROM indicator_values WHERE tender_code = @code", new { code = project.TenderCode }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO indicator_values (tender_code, measure_code, measure_name, measure_unit, measure_group, is_money, project_type, region, filed_month, value)
            VALUES (@TenderCode, @Code, @Name, @Unit, @Group, @IsMoney, @ProjectType, @Region, @FiledMonth, @Value)
            """,
            CostIndicatorCalculator.Values(project).Select(v => new
            {
                v.TenderCode, v.Measure.Code, v.Measure.Name, v.Measure.Unit, v.Measure.Group, IsMoney = v.Measure.IsMoney ? 1 : 0,
                v.ProjectType, v.Region, FiledMonth = v.FiledMonth.ToString(), v.Value,
            }), transaction).ConfigureAwait(false);
    }

    private static Task<FiledRow?> LatestFiledAsync(DbConnection connection, DbTransaction transaction, string code) =>
        connection.QuerySingleOrDefaultAsync<FiledRow>(
            """
            SELECT v.filed_at AS FiledAt, v.boq_json AS BoqJson FROM tender_versions v
            WHERE v.tender_code = @code AND v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = @code)
            """, new { code }, transaction);

    private static Task<FiledProjectRow?> FiledProjectAsync(DbConnection connection, DbTransaction transaction, string code) =>
        connection.QuerySingleOrDefaultAsync<FiledProjectRow>(
            """
            SELECT p.tender_code AS TenderCode, p.name AS Name, p.project_type AS ProjectType, p.region AS Region, p.building_area AS BuildingArea,
                   v.filed_at AS FiledAt, v.price_json AS PriceJson, v.boq_json AS BoqJson
            FROM tender_projects p JOIN tender_versions v ON v.tender_code = p.tender_code
            WHERE p.tender_code = @code AND p.building_area IS NOT NULL
              AND v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = @code)
            """, new { code }, transaction);

    private static YearMonth Month(string filedAt) => BureauTime.MonthOf(Times.Read(filedAt));

    private sealed class FiledRow
    {
        public string FiledAt { get; init; } = "";

        public string BoqJson { get; init; } = "";
    }

    private sealed class FiledProjectRow
    {
        public string TenderCode { get; init; } = "";

        public string Name { get; init; } = "";

        public string ProjectType { get; init; } = "";

        public string Region { get; init; } = "";

        public string BuildingArea { get; init; } = "";

        public string FiledAt { get; init; } = "";

        public string PriceJson { get; init; } = "";

        public string BoqJson { get; init; } = "";

        public IndicatorProject Project(decimal? award) =>
            new(TenderCode, Name, ProjectType, Region, Month(FiledAt), decimal.Parse(BuildingArea, NumberStyles.Number, CultureInfo.InvariantCulture),
                StoreJson.Read<CeilingPrice>(PriceJson), StoreJson.Read<Boq>(BoqJson), award);
    }
}
