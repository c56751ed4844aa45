using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// Read models of credit straight from the store: the register, the bureau's lists and the grade
/// history. Standings are rows written by the Firm grains; no grain is woken to read them.
/// </summary>
public sealed class CreditQueries(CostDatabase database)
{
    /// <summary>Firms whose name or USCC contains <paramref name="q"/> (all when empty), by name.</summary>
    public async Task<ImmutableArray<RegisterEntry>> SearchAsync(string? q, CancellationToken cancellationToken = default) =>
        (await PageAsync(new RegisterFilter(q), 0, int.MaxValue, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>One page of the firms <paramref name="filter"/> selects, by name, skipping <paramref name="skip"/>; and how many it selects.</summary>
    public async Task<(ImmutableArray<RegisterEntry> Items, int Total)> PageAsync(RegisterFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var region = filter.Region is { Length: 6 } r && r.EndsWith("00", StringComparison.Ordinal) ? r[..4] : filter.Region;
        var values = new
        {
            pattern = string.IsNullOrWhiteSpace(filter.Query) ? null : $"%{filter.Query.Trim().ToUpperInvariant()}%",
            filter.Grade,
            region = region is null ? null : $"__{region}%",
            since = filter.ChangedSince is { } since ? Times.Write(since.ToOffset(Domain.BureauTime.Offset)) : null,
            skip = (long)skip,
            take = (long)take,
        };
        const string Where = """
            FROM firms f LEFT JOIN firm_credit c ON c.credit_code = f.credit_code
            WHERE (@pattern IS NULL OR UPPER(f.name) LIKE @pattern OR f.credit_code LIKE @pattern)
              AND (@Grade IS NULL OR c.grade = @Grade)
              AND (@region IS NULL OR f.credit_code LIKE @region)
              AND (@since IS NULL OR c.changed_at >= @since)
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) {Where}", values).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RegisterRow>(
            $"""
            SELECT f.credit_code AS CreditCode, f.name AS Name, f.address AS Address, f.legal_representative AS LegalRepresentative,
                   f.contact AS Contact, (SELECT COUNT(*) FROM firm_engineers e WHERE e.credit_code = f.credit_code) AS EngineerCount,
                   c.score_hundredths AS ScoreHundredths, c.grade AS Grade, c.changed_at AS ChangedAt
            {Where}
            ORDER BY f.name, f.credit_code LIMIT @take OFFSET @skip
            """, values).ConfigureAwait(false);
        return ([.. rows.Select(r => new RegisterEntry(r.CreditCode, r.Name, r.Address, r.LegalRepresentative, r.Contact, (int)r.EngineerCount,
            r.ScoreHundredths is { } s ? Hundredths.Read(s) : null, r.Grade, Times.ReadOptional(r.ChangedAt)))], (int)total);
    }

    /// <summary>The grade last computed for the firm, or null before the first computation.</summary>
    public async Task<string?> GradeAsync(string creditCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT grade FROM firm_credit WHERE credit_code = @creditCode", new { creditCode }).ConfigureAwait(false);
    }

    /// <summary>
    /// The bureau's credit desk: records proposed (to notify), notified or stated (to decide), appealed and applied for
    /// repair, oldest first.
    /// </summary>
    public Task<ImmutableArray<FirmRecord>> AwaitingBureauAsync(CancellationToken cancellationToken = default) =>
        RecordsAsync("r.status IN ('proposed', 'notified', 'stated', 'underAppeal', 'repairApplied')", new { }, cancellationToken);

    /// <summary>Records in force that stop counting in [<paramref name="from"/>, <paramref name="to"/>), soonest first.</summary>
    public Task<ImmutableArray<FirmRecord>> ExpiringAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        RecordsAsync("r.status IN ('standing', 'underAppeal', 'repairApplied') AND r.expires_on >= @from AND r.expires_on < @to",
            new { from = StoreDates.Write(from), to = StoreDates.Write(to) }, cancellationToken);

    /// <summary>A file handed in with a statement or repair application in the file of <paramref name="holder"/> (a firm's credit code, an engineer's registration number); null when there is none with that SHA-256.</summary>
    public async Task<AttachmentContent?> AttachmentAsync(string holder, string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<AttachmentContent>(
            "SELECT sha256 AS Sha256, content_type AS ContentType, content AS Content FROM credit_attachments WHERE holder = @holder AND sha256 = @sha256",
            new { holder, sha256 }).ConfigureAwait(false);
    }

    /// <summary>Grade changes, newest first; one firm's when <paramref name="creditCode"/> is given.</summary>
    public async Task<ImmutableArray<GradeChange>> GradeChangesAsync(string? creditCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<GradeRow>(
            """
            SELECT h.credit_code AS CreditCode, f.name AS FirmName, h.changed_on AS ChangedOn, h.changed_at AS ChangedAt,
                   h.from_grade AS FromGrade, h.to_grade AS ToGrade, h.score_hundredths AS ScoreHundredths
            FROM credit_grade_history h JOIN firms f ON f.credit_code = h.credit_code
            WHERE @creditCode IS NULL OR h.credit_code = @creditCode
            ORDER BY h.changed_at DESC, h.seq DESC LIMIT @limit
            """, new { creditCode, limit }).ConfigureAwait(false);
        return [.. rows.Select(r => new GradeChange(r.CreditCode, r.FirmName, StoreDates.Read(r.ChangedOn), Times.Read(r.ChangedAt), r.FromGrade, r.ToGrade, Hundredths.Read(r.ScoreHundredths)))];
    }

    private async Task<ImmutableArray<FirmRecord>> RecordsAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RecordRow>(
            $"""
            SELECT r.credit_code AS CreditCode, f.name AS FirmName, r.record_json AS RecordJson
            FROM credit_records r JOIN firms f ON f.credit_code = r.credit_code
            WHERE {where}
            ORDER BY r.expires_on, r.recorded_at
            """, parameters).ConfigureAwait(false);
        return [.. rows.Select(r => new FirmRecord(r.CreditCode, r.FirmName, StoreJson.Read<CreditRecord>(r.RecordJson)))];
    }

    /// <summary>The file, the standing last stored (null before the first) and the row version; null when the firm is not registered.</summary>
    public async Task<StoredCreditFile?> FileAsync(string creditCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM firms WHERE credit_code = @creditCode", new { creditCode }).ConfigureAwait(false) == 0)
        {
            return null;
        }

        var standing = await connection.QuerySingleOrDefaultAsync<StandingRow>(
            "SELECT score_hundredths AS ScoreHundredths, grade AS Grade, computed_on AS ComputedOn, row_version AS RowVersion FROM firm_credit WHERE credit_code = @creditCode",
            new { creditCode }).ConfigureAwait(false);
        var records = await connection.QueryAsync<string>(
            "SELECT record_json FROM credit_records WHERE credit_code = @creditCode ORDER BY record_no", new { creditCode }).ConfigureAwait(false);
        return new StoredCreditFile(
            new CreditFile(creditCode, [.. records.Select(StoreJson.Read<CreditRecord>)]),
            standing is null ? null : new CreditStanding(StoreDates.Read(standing.ComputedOn), Hundredths.Read(standing.ScoreHundredths), standing.Grade),
            standing?.RowVersion ?? 0);
    }

    // Settable properties, not a positional record: on an empty result SQLite reports the COUNT column as a blob, and
    // Dapper would find no constructor matching that signature.
    private sealed class RegisterRow
    {
        public string CreditCode { get; init; } = "";

        public string Name { get; init; } = "";

        public string? Address { get; init; }

        public string? LegalRepresentative { get; init; }

        public string? Contact { get; init; }

        public long EngineerCount { get; init; }

        public string? ChangedAt { get; init; }

        public long? ScoreHundredths { get; init; }

        public string? Grade { get; init; }
    }

    private sealed record GradeRow(string CreditCode, string FirmName, string ChangedOn, string ChangedAt, string? FromGrade, string ToGrade, long ScoreHundredths);

    private sealed record RecordRow(string CreditCode, string FirmName, string RecordJson);

    private sealed record StandingRow(long ScoreHundredths, string Grade, string ComputedOn, long RowVersion);
}
