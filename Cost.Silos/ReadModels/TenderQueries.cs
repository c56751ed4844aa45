using System.Globalization;
using Cost.Contracts;
using Cost.Domain.Pricing;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// Read models straight from the store: the lists behind the pages and the filed ceiling prices
/// the exchange API serves. Filed versions are rows; no grain is woken to read them.
/// </summary>
public sealed class TenderQueries(CostDatabase database) : IAsyncDisposable
{
    private readonly PreparedScalar _rowVersion = new(database, "SELECT row_version FROM tender_projects WHERE tender_code = @tenderCode", "tenderCode");

    private const string FiledSelect = """
        SELECT p.tender_code AS TenderCode, p.name AS Name, p.rule_set AS RuleSet, v.version AS Version, v.status AS Status,
               v.filed_at AS FiledAt, v.price_json AS PriceJson, f.seq AS Seq
        FROM filings f
        JOIN tender_versions v ON v.tender_code = f.tender_code AND v.version = f.version
        JOIN tender_projects p ON p.tender_code = f.tender_code
        """;

    /// <summary>The ceiling-price versions a firm's tenders keep in the store, and their stored bytes (for its quota).</summary>
    public async Task<(long Versions, long Bytes)> FirmStorageAsync(string firmCreditCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<(long, long)>(
            """
            SELECT COUNT(*), COALESCE(SUM(v.stored_bytes), 0)
            FROM tender_versions v
            JOIN tender_projects p ON p.tender_code = v.tender_code
            WHERE p.firm_credit_code = @firmCreditCode
            """, new { firmCreditCode }).ConfigureAwait(false);
    }

    /// <summary>Projects, newest first; only one firm's when <paramref name="firmCreditCode"/> is given.</summary>
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(string? firmCreditCode, string? status, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SummaryRow>(
            """
            SELECT p.tender_code AS TenderCode, p.name AS Name, p.firm_credit_code AS FirmCreditCode, fm.name AS FirmName,
                   p.current_version AS CurrentVersion, p.current_status AS CurrentStatus, p.created_at AS CreatedAt,
                   v.total_fen AS TotalFen, v.error_count AS ErrorCount, v.line_count AS LineCount,
                   v.uploaded_at AS UploadedAt, v.submitted_at AS SubmittedAt
            FROM tender_projects p
            JOIN firms fm ON fm.credit_code = p.firm_credit_code
            LEFT JOIN tender_versions v ON v.tender_code = p.tender_code AND v.version = p.current_version
            WHERE (@firmCreditCode IS NULL OR p.firm_credit_code = @firmCreditCode)
              AND (@status IS NULL OR p.current_status = @status)
            ORDER BY COALESCE(v.uploaded_at, p.created_at) DESC
            """, new { firmCreditCode, status }).ConfigureAwait(false);
        return [.. rows.Select(r => new ProjectSummary(
            r.TenderCode, r.Name, r.FirmCreditCode, r.FirmName, (int)r.CurrentVersion, r.CurrentStatus,
            r.TotalFen is { } fen ? Hundredths.Read(fen) : null, (int)(r.ErrorCount ?? 0), (int)(r.LineCount ?? 0),
            Times.ReadOptional(r.UploadedAt), Times.ReadOptional(r.SubmittedAt)))];
    }

    /// <summary>How many projects stand in each status of their current version ("none" before an upload); one firm's when given.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(string? firmCreditCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StatusCountRow>(
            """
            SELECT current_status AS Status, COUNT(*) AS Projects FROM tender_projects
            WHERE (@firmCreditCode IS NULL OR firm_credit_code = @firmCreditCode)
            GROUP BY current_status
            """, new { firmCreditCode }).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Status, r => (int)r.Projects, StringComparer.Ordinal);
    }

    /// <summary>
    /// The tender's row version, which every change of the tender (a version, a status, its registration) raises in the
    /// transaction that makes it; null when no tender has that code. One primary-key read: what an answer derived from the
    /// tender can be checked against.
    /// </summary>
    public async Task<long?> RowVersionAsync(string tenderCode, CancellationToken cancellationToken = default) =>
        await _rowVersion.ReadAsync(tenderCode, cancellationToken).ConfigureAwait(false) is { } version ? Convert.ToInt64(version, CultureInfo.InvariantCulture) : null;

    /// <summary>The newest filed (or later) version of a tender, or null when it has none.</summary>
    public async Task<FiledCeilingPrice?> LatestFiledAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<FiledRow>(
            $"{FiledSelect} WHERE f.tender_code = @tenderCode ORDER BY f.version DESC", new { tenderCode }).ConfigureAwait(false);
        return row is null ? null : ToFiled(row);
    }

    /// <summary>Filed versions after the feed position <paramref name="afterSeq"/>, in filing order.</summary>
    public async Task<IReadOnlyList<FiledCeilingPrice>> FeedAsync(long afterSeq, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<FiledRow>(
            $"{FiledSelect} WHERE f.seq > @afterSeq ORDER BY f.seq LIMIT @limit", new { afterSeq, limit }).ConfigureAwait(false);
        return [.. rows.Select(ToFiled)];
    }

    /// <summary>The most recently filed versions, newest first.</summary>
    public async Task<IReadOnlyList<FiledCeilingPrice>> RecentFiledAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<FiledRow>($"{FiledSelect} ORDER BY f.seq DESC LIMIT @limit", new { limit }).ConfigureAwait(false);
        return [.. rows.Select(ToFiled)];
    }

    /// <summary>The filing with number <paramref name="filingNumber"/>, or null when no version carries it.</summary>
    public async Task<FilingRecord?> FilingAsync(string filingNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<FilingRow>(
            """
            SELECT v.filing_number AS FilingNumber, v.tender_code AS TenderCode, p.name AS Name, v.version AS Version, v.total_fen AS TotalFen,
                   v.file_sha256 AS Sha256, v.filed_at AS FiledAt, v.status AS Status,
                   (SELECT COUNT(*) FROM filings f WHERE f.tender_code = v.tender_code AND f.version > v.version) AS LaterFilings
            FROM tender_versions v
            JOIN tender_projects p ON p.tender_code = v.tender_code
            WHERE v.filing_number = @filingNumber
            """, new { filingNumber }).ConfigureAwait(false);
        return row is null ? null : new FilingRecord(row.FilingNumber, row.TenderCode, row.Name, (int)row.Version, Hundredths.Read(row.TotalFen),
            row.Sha256, Times.Read(row.FiledAt), row.LaterFilings > 0 ? "revised" : row.Status);
    }

    private static FiledCeilingPrice ToFiled(FiledRow r) => new(
        r.TenderCode, r.Name, (int)r.Version, r.Status, r.RuleSet, Times.Read(r.FiledAt), StoreJson.Read<CeilingPrice>(r.PriceJson), r.Seq);

    public ValueTask DisposeAsync() => _rowVersion.DisposeAsync();

    private sealed record SummaryRow(
        string TenderCode, string Name, string FirmCreditCode, string FirmName, long CurrentVersion, string CurrentStatus, string CreatedAt,
        long? TotalFen, long? ErrorCount, long? LineCount, string? UploadedAt, string? SubmittedAt);

    private sealed class StatusCountRow
    {
        public string Status { get; init; } = "";

        public long Projects { get; init; }
    }

    // A property class: SQLite may type the COUNT column of an empty result as a blob, which no positional record matches.
    private sealed class FilingRow
    {
        public string FilingNumber { get; init; } = "";

        public string TenderCode { get; init; } = "";

        public string Name { get; init; } = "";

        public long Version { get; init; }

        public long TotalFen { get; init; }

        public string Sha256 { get; init; } = "";

        public string FiledAt { get; init; } = "";

        public string Status { get; init; } = "";

        public long LaterFilings { get; init; }
    }

    private sealed record FiledRow(string TenderCode, string Name, string RuleSet, long Version, string Status, string FiledAt, string PriceJson, long Seq);
}
