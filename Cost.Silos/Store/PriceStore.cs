using System.Collections.Immutable;
using System.Data.Common;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Survey uploads and observations, the period workflow, drafts under review and published
/// revisions. Every change of a period is one transaction guarded by the period's row_version.
/// </summary>
internal sealed class PriceStore(CostDatabase database)
{
    public async Task<PeriodRow?> PeriodAsync(string region, YearMonth period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<PeriodRow>(
            """
            SELECT status AS Status, revision AS Revision, closed_at AS ClosedAt, published_at AS PublishedAt, row_version AS RowVersion
            FROM price_periods WHERE region = @region AND period = @p
            """, new { region, p = period.ToString() }).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a survey's accepted observations with their upload, creating the period row when it is
    /// the first. Returns false, storing nothing, when the same file was already stored for the period.
    /// </summary>
    public async Task<bool> AddSurveyAsync(string region, YearMonth period, SurveyUploadRow upload, IReadOnlyList<PriceObservation> observations, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var p = period.ToString();
        var exists = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM price_uploads WHERE region = @region AND period = @p AND file_sha256 = @sha",
            new { region, p, sha = upload.FileSha256 }, transaction).ConfigureAwait(false);
        if (exists > 0)
        {
            return false;
        }

        await EnsurePeriodAsync(connection, transaction, region, p).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO price_uploads (id, region, period, file_sha256, file_name, uploaded_by, uploaded_at, accepted, rejected)
            VALUES (@Id, @region, @p, @FileSha256, @FileName, @UploadedBy, @uploadedAt, @Accepted, @Rejected)
            """,
            new { upload.Id, region, p, upload.FileSha256, upload.FileName, upload.UploadedBy, uploadedAt = Times.Write(upload.UploadedAt), upload.Accepted, upload.Rejected },
            transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO price_observations (upload_id, source_row, region, period, resource_code, spec, price_incl_tax, vat_rate, quantity, supplier, quoted_on)
            VALUES (@uploadId, @row, @region, @p, @code, @spec, @price, @vat, @quantity, @supplier, @quotedOn)
            """,
            observations.Select(o => new
            {
                uploadId = upload.Id, row = o.Source.Row, region, p, code = o.ResourceCode, spec = o.Spec,
                price = Decimals.Write(o.PriceInclTax), vat = Decimals.Write(o.VatRate), quantity = Decimals.WriteOptional(o.Quantity),
                supplier = o.Supplier, quotedOn = o.QuotedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
            transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<ImmutableArray<PriceObservation>> ObservationsAsync(string region, YearMonth period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ObservationRow>(
            """
            SELECT o.resource_code AS ResourceCode, o.spec AS Spec, o.price_incl_tax AS Price, o.vat_rate AS VatRate, o.quantity AS Quantity,
                   o.supplier AS Supplier, o.quoted_on AS QuotedOn, u.uploaded_by AS UploadedBy, u.file_name AS FileName,
                   u.file_sha256 AS FileSha256, o.source_row AS SourceRow
            FROM price_observations o JOIN price_uploads u ON u.id = o.upload_id
            WHERE o.region = @region AND o.period = @p
            """, new { region, p = period.ToString() }).ConfigureAwait(false);
        return [.. rows.Select(r => new PriceObservation(r.ResourceCode, r.Spec, Decimals.Read(r.Price), Decimals.Read(r.VatRate),
            Decimals.ReadOptional(r.Quantity), r.Supplier, DateOnly.ParseExact(r.QuotedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new ObservationSource(r.UploadedBy, r.FileName, r.FileSha256, (int)r.SourceRow)))];
    }

    /// <summary>Replaces the period's drafts and marks it closed (overrides already set are kept).</summary>
    public async Task<long> SaveDraftsAsync(string region, YearMonth period, IReadOnlyList<DraftPrice> drafts, DateTimeOffset closedAt, long expectedRowVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var p = period.ToString();
        await EnsurePeriodAsync(connection, transaction, region, p).ConfigureAwait(false);
        await BumpAsync(connection, transaction, region, p, expectedRowVersion, "closed", "closed_at = @at", Times.Write(closedAt)).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO price_drafts (region, period, resource_code, spec, draft_json) VALUES (@region, @p, @ResourceCode, @Spec, @json)
            ON CONFLICT (region, period, resource_code, spec) DO UPDATE SET draft_json = excluded.draft_json
            """,
            drafts.Select(d => new { region, p, d.ResourceCode, d.Spec, json = StoreJson.Write(d) }), transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return expectedRowVersion + 1;
    }

    /// <summary>
    /// Sets the bureau's price of one series, audited; a published period goes back to closed until the
    /// correction is published.
    /// </summary>
    public async Task<(bool Found, long RowVersion)> OverrideAsync(string region, YearMonth period, string resourceCode, string spec, PriceOverride price, long expectedRowVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var p = period.ToString();
        var updated = await connection.ExecuteAsync(
            """
            UPDATE price_drafts SET override_price = @price, override_reason = @Reason, override_by = @By, override_at = @at
            WHERE region = @region AND period = @p AND resource_code = @resourceCode AND spec = @spec
            """,
            new { price = Decimals.Write(price.PriceInclTax), price.Reason, price.By, at = Times.Write(price.At), region, p, resourceCode, spec },
            transaction).ConfigureAwait(false);
        if (updated == 0)
        {
            return (false, expectedRowVersion);
        }

        await BumpAsync(connection, transaction, region, p, expectedRowVersion, "closed", null, null).ConfigureAwait(false);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(price.At, price.By, AuditActions.InfoPricesOverridden, $"{region}/{p}",
            new { region, period = p, resourceCode, spec, price.PriceInclTax, price.Reason })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (true, expectedRowVersion + 1);
    }

    /// <summary>Stores a new revision of the period's information prices with its change notice, its push notice and its audit entry.</summary>
    public async Task<long> PublishAsync(string region, YearMonth period, int revision, Publication publication, string by, DateTimeOffset at, long expectedRowVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var p = period.ToString();
        await BumpAsync(connection, transaction, region, p, expectedRowVersion, "published", "revision = @revision, published_at = @at", Times.Write(at), revision).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO info_prices (region, period, revision, resource_code, spec, name, unit, category, price_incl_tax, price_excl_tax, vat_rate, observations, carried, overridden)
            VALUES (@region, @p, @revision, @ResourceCode, @Spec, @Name, @Unit, @Category, @incl, @excl, @vat, @Observations, @carried, @overridden)
            """,
            publication.Prices.Select(x => new
            {
                region, p, revision, x.ResourceCode, x.Spec, x.Name, x.Unit, x.Category, incl = Decimals.Write(x.PriceInclTax),
                excl = Decimals.Write(x.PriceExclTax), vat = Decimals.Write(x.VatRate), x.Observations, carried = x.Carried ? 1 : 0, overridden = x.Overridden ? 1 : 0,
            }), transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO price_revisions (region, period, revision, published_at, published_by, notice_json) VALUES (@region, @p, @revision, @at, @by, @notice)",
            new { region, p, revision, at = Times.Write(at), by, notice = StoreJson.Write(publication.Changes) }, transaction).ConfigureAwait(false);
        // The platform is notified of the publication; the notice commits with it.
        await ExchangeEvents.AddAsync(connection, transaction, ExchangeEvents.InfoPricesPublished, null, null, at,
            new { region, period = p, revision, publishedAt = at, count = publication.Prices.Length }, push: true).ConfigureAwait(false);
        // A correction's facts are its change notice, line by line.
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, by, revision == 1 ? AuditActions.InfoPricesPublished : AuditActions.InfoPricesCorrected,
            $"{region}/{p}", new { region, period = p, revision, published = publication.Prices.Length, publication.Carried, publication.Withheld, publication.Changes }))
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return expectedRowVersion + 1;
    }

    /// <summary>
    /// Each series' last published tax-inclusive price before <paramref name="period"/>: the price of the
    /// latest month that published it, in that month's latest revision.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string ResourceCode, string Spec), decimal>> LastPublishedBeforeAsync(string region, YearMonth period,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string ResourceCode, string Spec, string Incl)>(
            """
            SELECT i.resource_code, i.spec, i.price_incl_tax
            FROM info_prices i
            JOIN (SELECT period, MAX(revision) AS revision FROM price_revisions WHERE region = @region AND period < @p GROUP BY period) r
              ON r.period = i.period AND r.revision = i.revision
            WHERE i.region = @region
            ORDER BY i.period
            """, new { region, p = period.ToString() }).ConfigureAwait(false);
        var last = new Dictionary<(string, string), decimal>();
        foreach (var (code, spec, incl) in rows)
        {
            last[(code, spec)] = Decimals.Read(incl);
        }

        return last;
    }

    private static async Task EnsurePeriodAsync(DbConnection connection, DbTransaction transaction, string region, string p) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO price_periods (region, period, status, revision, row_version)
            SELECT @region, @p, 'collecting', 0, 0
            WHERE NOT EXISTS (SELECT 1 FROM price_periods WHERE region = @region AND period = @p)
            """, new { region, p }, transaction).ConfigureAwait(false);

    private static async Task BumpAsync(DbConnection connection, DbTransaction transaction, string region, string p, long expectedRowVersion,
        string status, string? extraSet, string? at, int revision = 0)
    {
        var set = extraSet is null ? "" : ", " + extraSet;
        var updated = await connection.ExecuteAsync(
            $"UPDATE price_periods SET status = @status, row_version = row_version + 1{set} WHERE region = @region AND period = @p AND row_version = @expectedRowVersion",
            new { status, at, revision, region, p, expectedRowVersion }, transaction).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new StoreConflictException($"价格期 {region} {p} 已被同时修改，请刷新后重试。");
        }
    }

    private sealed record ObservationRow(string ResourceCode, string Spec, string Price, string VatRate, string? Quantity, string Supplier,
        string QuotedOn, string UploadedBy, string FileName, string FileSha256, long SourceRow);
}

/// <summary>A period row: status, current revision, dates and the row version writes are checked against.</summary>
internal sealed record PeriodRow(string Status, long Revision, string? ClosedAt, string? PublishedAt, long RowVersion);

/// <summary>A survey upload as stored: its id, file, uploader and counts.</summary>
internal sealed record SurveyUploadRow(string Id, string FileName, string FileSha256, string UploadedBy, DateTimeOffset UploadedAt, int Accepted, int Rejected);

