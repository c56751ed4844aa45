using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// What the price months hold, for pages, APIs and the grains that read them: drafts under review,
/// published revisions with their notices, and each series' history.
/// </summary>
public sealed class PriceQueries(CostDatabase database)
{
    public async Task<ImmutableArray<ReviewedDraft>> DraftsAsync(string region, YearMonth period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DraftRow>(
            """
            SELECT draft_json AS DraftJson, override_price AS OverridePrice, override_reason AS OverrideReason, override_by AS OverrideBy, override_at AS OverrideAt
            FROM price_drafts WHERE region = @region AND period = @p ORDER BY resource_code, spec
            """, new { region, p = period.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(r => new ReviewedDraft(StoreJson.Read<DraftPrice>(r.DraftJson),
            r.OverridePrice is null ? null : new PriceOverride(Decimals.Read(r.OverridePrice), r.OverrideReason!, r.OverrideBy!, Times.Read(r.OverrideAt!))))];
    }

    /// <summary>The information prices of a revision (the latest when null), in catalogue order; empty before publication.</summary>
    public async Task<ImmutableArray<InfoPrice>> PublishedAsync(string region, YearMonth period, int? revision = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InfoPriceRow>(
            """
            SELECT period AS Period, resource_code AS ResourceCode, spec AS Spec, name AS Name, unit AS Unit, category AS Category, price_incl_tax AS Incl,
                   price_excl_tax AS Excl, vat_rate AS Vat, observations AS Observations, carried AS Carried, overridden AS Overridden
            FROM info_prices
            WHERE region = @region AND period = @p
              AND revision = COALESCE(@revision, (SELECT MAX(revision) FROM info_prices WHERE region = @region AND period = @p))
            ORDER BY resource_code, spec
            """, new { region, p = period.ToString(), revision }).ConfigureAwait(false);
        return [.. rows.Select(ToInfoPrice)];
    }

    public async Task<ImmutableArray<RevisionRow>> RevisionsAsync(string region, YearMonth period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StoredRevision>(
            """
            SELECT revision AS Revision, published_at AS PublishedAt, published_by AS PublishedBy, notice_json AS NoticeJson
            FROM price_revisions WHERE region = @region AND period = @p ORDER BY revision
            """, new { region, p = period.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(r => new RevisionRow(r.Revision, Times.Read(r.PublishedAt), r.PublishedBy, StoreJson.Read<ImmutableArray<PriceChange>>(r.NoticeJson)))];
    }

    /// <summary>The published months of a region, newest first.</summary>
    public async Task<ImmutableArray<YearMonth>> PublishedPeriodsAsync(string region, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            "SELECT DISTINCT period FROM price_revisions WHERE region = @region ORDER BY period DESC", new { region }).ConfigureAwait(false);
        return [.. rows.Select(YearMonth.Parse)];
    }

    /// <summary>The latest month published in any of the regions, or null when none has published.</summary>
    public async Task<YearMonth?> LatestPublishedPeriodAsync(IReadOnlyCollection<string> regions, CancellationToken cancellationToken = default)
    {
        // One query per region: a list parameter is expanded by Dapper on SQLite but sent as an array to PostgreSQL.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        YearMonth? latest = null;
        foreach (var region in regions)
        {
            var period = await connection.ExecuteScalarAsync<string?>(
                "SELECT MAX(period) FROM price_revisions WHERE region = @region", new { region }).ConfigureAwait(false);
            if (period is not null && (latest is null || YearMonth.Parse(period) > latest))
            {
                latest = YearMonth.Parse(period);
            }
        }

        return latest;
    }

    /// <summary>One series' latest published price per month, oldest first.</summary>
    public async Task<ImmutableArray<(YearMonth Period, InfoPrice Price)>> HistoryAsync(string region, string resourceCode, string spec, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InfoPriceRow>(
            """
            SELECT i.period AS Period, i.resource_code AS ResourceCode, i.spec AS Spec, i.name AS Name, i.unit AS Unit, i.category AS Category,
                   i.price_incl_tax AS Incl, i.price_excl_tax AS Excl, i.vat_rate AS Vat, i.observations AS Observations, i.carried AS Carried, i.overridden AS Overridden
            FROM info_prices i
            WHERE i.region = @region AND i.resource_code = @resourceCode AND i.spec = @spec
              AND i.revision = (SELECT MAX(r.revision) FROM price_revisions r WHERE r.region = i.region AND r.period = i.period)
            ORDER BY i.period
            """, new { region, resourceCode, spec }).ConfigureAwait(false);
        return [.. rows.Select(r => (YearMonth.Parse(r.Period), ToInfoPrice(r)))];
    }

    /// <summary>Periods still collecting up to and including <paramref name="upTo"/>, for the closing job.</summary>
    public async Task<ImmutableArray<(string Region, YearMonth Period)>> CollectingAsync(YearMonth upTo, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT region, period FROM price_periods WHERE status = 'collecting' AND period <= @upTo ORDER BY period, region",
            new { upTo = upTo.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(r => (r.Item1, YearMonth.Parse(r.Item2)))];
    }

    private static InfoPrice ToInfoPrice(InfoPriceRow r) => new(r.ResourceCode, r.Spec, r.Name, r.Unit, r.Category,
        Decimals.Read(r.Incl), Decimals.Read(r.Excl), Decimals.Read(r.Vat), (int)r.Observations, r.Carried != 0, r.Overridden != 0);

    private sealed record StoredRevision(long Revision, string PublishedAt, string PublishedBy, string NoticeJson);

    private sealed record DraftRow(string DraftJson, string? OverridePrice, string? OverrideReason, string? OverrideBy, string? OverrideAt);

    private sealed record InfoPriceRow(string Period, string ResourceCode, string Spec, string Name, string Unit, string Category, string Incl, string Excl,
        string Vat, long Observations, long Carried, long Overridden);
}
