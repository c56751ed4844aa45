using System.Data.Common;
using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The aggregates behind the upload's unit-rate check and the cost indicators (filed_rate_cells,
/// indicator_values), kept to each tender's latest filed version in the transaction of the change: a filing
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

        if (await LatestFiledAsync(connection, transaction, info.TenderCode).ConfigureAwait(false) is { } previous)
        {
            await AddCellsAsync(connection, transaction, FiledUnitRates.Cells(StoreJson.Read<Boq>(previous.BoqJson), info.ProjectType, Month(previous.FiledAt))
                .Select(c => c with { Lines = -c.Lines })).ConfigureAwait(false);
        }

        var month = YearMonth.Of(DateOnly.FromDateTime(filed.FiledAt!.Value.ToOffset(BureauTime.Offset).DateTime));
        await AddCellsAsync(connection, transaction, FiledUnitRates.Cells(filed.Boq, info.ProjectType, month)).ConfigureAwait(false);
        var award = await connection.ExecuteScalarAsync<string?>("SELECT price FROM tender_awards WHERE tender_code = @code", new { code = info.TenderCode }, transaction)
            .ConfigureAwait(false);
        await ReplaceValuesAsync(connection, transaction,
            new IndicatorProject(info.TenderCode, info.Name, info.ProjectType, info.Region, month, info.BuildingArea.Value, filed.Price, filed.Boq,
                award is null ? null : Decimals.Read(award))).ConfigureAwait(false);
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

        await connection.ExecuteAsync("DELETE FROM filed_rate_cells", transaction: transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM indicator_values", transaction: transaction).ConfigureAwait(false);
        var codes = (await connection.QueryAsync<string>("SELECT DISTINCT tender_code FROM filings ORDER BY tender_code", transaction: transaction).ConfigureAwait(false)).ToList();
        var cells = new List<RateCell>();
        var tenders = 0;
        foreach (var code in codes)
        {
            if (await FiledProjectAsync(connection, transaction, code).ConfigureAwait(false) is not { } row)
            {
                continue;
            }

            var award = await connection.ExecuteScalarAsync<string?>("SELECT price FROM tender_awards WHERE tender_code = @code", new { code }, transaction).ConfigureAwait(false);
            var project = row.Project(award is null ? null : Decimals.Read(award));
            cells.AddRange(FiledUnitRates.Cells(project.Boq, project.ProjectType, project.FiledMonth));
            await ReplaceValuesAsync(connection, transaction, project).ConfigureAwait(false);
            tenders++;
        }

        var summed = FiledUnitRates.Sum(cells).ToList();
        await AddCellsAsync(connection, transaction, summed).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (tenders, summed.Sum(c => c.Lines));
    }

    private static async Task AddCellsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<RateCell> cells)
    {
        foreach (var cell in cells)
        {
            var key = new { code = cell.Code, unit = cell.Unit, type = cell.ProjectType, month = cell.FiledMonth.ToString(), bucket = cell.Bucket, lines = cell.Lines };
            await connection.ExecuteAsync(
                """
                INSERT INTO filed_rate_cells (item_code, unit, project_type, filed_month, bucket, lines) VALUES (@code, @unit, @type, @month, @bucket, @lines)
                ON CONFLICT (item_code, unit, project_type, filed_month, bucket) DO UPDATE SET lines = filed_rate_cells.lines + excluded.lines
                """, key, transaction).ConfigureAwait(false);
            if (cell.Lines < 0)
            {
                await connection.ExecuteAsync(
                    "DELETE FROM filed_rate_cells WHERE item_code = @code AND unit = @unit AND project_type = @type AND filed_month = @month AND bucket = @bucket AND lines <= 0",
                    key, transaction).ConfigureAwait(false);
            }
        }
    }

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

    private static YearMonth Month(string filedAt) => YearMonth.Of(DateOnly.FromDateTime(Times.Read(filedAt).ToOffset(BureauTime.Offset).DateTime));

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
