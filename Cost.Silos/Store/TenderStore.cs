using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Tender projects and their ceiling-price versions in the store. Writes are optimistic: each
/// carries the row_version it read, and a write that finds another one changes nothing.
/// </summary>
internal sealed class TenderStore(CostDatabase database, FilingRules filing)
{
    private const string ProjectColumns = """
        tender_code AS TenderCode, name AS Name, region AS Region, project_type AS ProjectType, building_area AS BuildingArea,
        rule_set AS RuleSet, firm_credit_code AS FirmCreditCode, created_by AS CreatedBy, created_at AS CreatedAt,
        current_version AS CurrentVersion, current_status AS CurrentStatus, row_version AS RowVersion,
        tax_method AS TaxMethod, base_period AS BasePeriod, registration_json AS RegistrationJson
        """;

    /// <summary>The project with every version, and the row version to write against; null when unknown.</summary>
    public async Task<(TenderProject Project, long RowVersion)?> LoadAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ProjectRow>(
            $"SELECT {ProjectColumns} FROM tender_projects WHERE tender_code = @tenderCode", new { tenderCode }).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var versions = await connection.QueryAsync<VersionRow>(
            """
            SELECT version AS Version, status AS Status, file_name AS FileName, file_sha256 AS FileSha256, uploaded_by AS UploadedBy,
                   uploaded_at AS UploadedAt, submitted_at AS SubmittedAt, filed_at AS FiledAt, filed_by AS FiledBy,
                   price_json AS PriceJson, findings_json AS FindingsJson, boq_json AS BoqJson,
                   published_at AS PublishedAt, locked_at AS LockedAt, revision_for AS RevisionFor, materials_json AS MaterialsJson,
                   return_reason AS ReturnReason, returned_by AS ReturnedBy, returned_at AS ReturnedAt, filing_number AS FilingNumber,
                   signatories_json AS SignatoriesJson
            FROM tender_versions WHERE tender_code = @tenderCode ORDER BY version
            """, new { tenderCode }).ConfigureAwait(false);
        return (new TenderProject(ToInfo(row), [.. versions.Select(ToVersion)]), row.RowVersion);
    }

    /// <summary>
    /// Replaces what the platform said of a registered tender (its dates), audited, against the row version the caller
    /// read; answers the new row version.
    /// </summary>
    public async Task<long> ReplaceRegistrationAsync(string tenderCode, PlatformRegistration registration, long expectedRowVersion, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE tender_projects SET registration_json = @json, row_version = row_version + 1
            WHERE tender_code = @tenderCode AND row_version = @expectedRowVersion
            """, new { tenderCode, json = StoreJson.Write(registration), expectedRowVersion }, transaction).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new StoreConflictException($"招标项目 {tenderCode} 已被他人同时修改，请重试。");
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, $"exchange:{registration.RegisteredBy}", "tender.rescheduled", tenderCode,
            new { registration.PublishAt, registration.BidDeadline })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return expectedRowVersion + 1;
    }

    /// <summary>Stores a new project; a project with the same tender code is a conflict.</summary>
    public async Task<long> CreateAsync(TenderProject project, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var info = project.Info;
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO tender_projects (tender_code, name, region, project_type, building_area, rule_set, firm_credit_code,
                                         created_by, created_at, current_version, current_status, row_version, tax_method, base_period,
                                         registration_json)
            SELECT @TenderCode, @Name, @Region, @ProjectType, @BuildingArea, @RuleSet, @FirmCreditCode, @CreatedBy, @CreatedAt, 0, 'none', 1,
                   @TaxMethod, @BasePeriod, @Registration
            WHERE NOT EXISTS (SELECT 1 FROM tender_projects WHERE tender_code = @TenderCode)
            """,
            new
            {
                info.TenderCode, info.Name, info.Region, info.ProjectType,
                BuildingArea = info.BuildingArea?.ToString(CultureInfo.InvariantCulture),
                info.RuleSet, info.FirmCreditCode, info.CreatedBy, CreatedAt = Times.Write(info.CreatedAt),
                TaxMethod = TaxMethodCodes.Code(info.TaxMethod), BasePeriod = info.BasePeriod?.ToString(),
                Registration = info.Registration is null ? null : StoreJson.Write(info.Registration),
            }).ConfigureAwait(false);
        return inserted == 1 ? 1 : throw new StoreConflictException($"招标项目编号 {info.TenderCode} 已存在。");
    }

    /// <summary>
    /// Writes the outcome of a domain change in one transaction: the current version (inserted when
    /// new, its status and dates otherwise), the project row, and what the change says happened: a
    /// filing or revision enters the indicator aggregates, the filing feed and the push outbox, and every event its audit entry,
    /// as <paramref name="actor"/>'s change.
    /// </summary>
    /// <returns>The new row version.</returns>
    public async Task<long> SaveCurrentAsync(LifecycleResult change, long expectedRowVersion, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rowVersion = await SaveCurrentAsync(connection, transaction, change, expectedRowVersion, actor, filing).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rowVersion;
    }

    /// <summary>
    /// The same write inside a caller's transaction, so that a bid opening or a review commits with it.
    /// The audit entries are appended last, so callers append nothing after this. A filing takes its number
    /// under <paramref name="filing"/>'s format.
    /// </summary>
    internal static async Task<long> SaveCurrentAsync(DbConnection connection, DbTransaction transaction, LifecycleResult change, long expectedRowVersion, string actor,
        FilingRules filing)
    {
        var project = change.Project ?? throw new ArgumentException("被拒绝的修改没有可保存的内容。", nameof(change));
        var current = project.Current ?? throw new ArgumentException("项目没有版本可保存。", nameof(change));
        var code = project.Info.TenderCode;
        var updated = await connection.ExecuteAsync(
            """
            UPDATE tender_projects SET current_version = @version, current_status = @status, row_version = row_version + 1
            WHERE tender_code = @code AND row_version = @expectedRowVersion
            """,
            new { code, version = current.Number, status = StatusNames.Code(current.Status), expectedRowVersion }, transaction).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new StoreConflictException($"招标项目 {code} 已被他人同时修改，请刷新后重试。");
        }

        await UpsertVersionAsync(connection, transaction, code, current).ConfigureAwait(false);
        foreach (var filed in change.Events.Where(e => e is VersionFiled or PriceRevised))
        {
            await IndicatorAggregates.OnFilingAsync(connection, transaction, project.Info, filed.Version).ConfigureAwait(false);
            await FiledMaterials.OnFilingAsync(connection, transaction, code, filed.Version.Materials).ConfigureAwait(false);
            await AddFilingAsync(connection, transaction, project.Info, filed, filing).ConfigureAwait(false);
        }

        foreach (var happened in change.Events)
        {
            await AuditLog.AppendAsync(connection, transaction, TenderAudit.Entry(code, happened, actor)).ConfigureAwait(false);
        }

        return expectedRowVersion + 1;
    }

    /// <summary>
    /// A filed version takes the next filing number of its year, enters the filing feed and, in the same
    /// transaction, the push outbox (exchange_events). The lock serializes filings, so a number is given once.
    /// </summary>
    private static async Task AddFilingAsync(DbConnection connection, DbTransaction transaction, TenderInfo info, ProjectEvent filed, FilingRules filing)
    {
        await CostDatabase.LockSequenceAsync(connection, transaction, "filings").ConfigureAwait(false);
        var number = await TakeFilingNumberAsync(connection, transaction, filed.Version.FiledAt!.Value.Year, filing).ConfigureAwait(false);
        var version = filed.Version with { FilingNumber = number };
        await connection.ExecuteAsync(
            "UPDATE tender_versions SET filing_number = @number WHERE tender_code = @code AND version = @version",
            new { number, code = info.TenderCode, version = version.Number }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO filings (seq, tender_code, version, filed_at)
            SELECT COALESCE(MAX(seq), 0) + 1, @code, @version, @filedAt FROM filings
            """,
            new { code = info.TenderCode, version = version.Number, filedAt = Times.WriteOptional(version.FiledAt) }, transaction).ConfigureAwait(false);
        await ExchangeEvents.AddAsync(connection, transaction, filed is PriceRevised ? ExchangeEvents.CeilingPriceRevised : ExchangeEvents.CeilingPriceFiled,
            info.TenderCode, version.Number, version.FiledAt!.Value, FilingNotice.Of(info, version), push: true).ConfigureAwait(false);
    }

    /// <summary>The next sequence number of <paramref name="year"/> (1 for its first filing), written as the filing number.</summary>
    private static async Task<string> TakeFilingNumberAsync(DbConnection connection, DbTransaction transaction, int year, FilingRules filing)
    {
        var last = await connection.ExecuteScalarAsync<long?>(
            "SELECT last_seq FROM filing_number_counters WHERE year = @year", new { year }, transaction).ConfigureAwait(false);
        var next = (last ?? 0) + 1;
        await connection.ExecuteAsync(last is null
            ? "INSERT INTO filing_number_counters (year, last_seq) VALUES (@year, @next)"
            : "UPDATE filing_number_counters SET last_seq = @next WHERE year = @year", new { year, next }, transaction).ConfigureAwait(false);
        return filing.Number(year, (int)next);
    }

    private static Task<int> UpsertVersionAsync(DbConnection connection, DbTransaction transaction, string code, TenderVersion v)
    {
        var (priceJson, findingsJson, boqJson) = (StoreJson.Write(v.Price), StoreJson.Write(v.Findings), StoreJson.Write(v.Boq));
        var materialsJson = v.Materials is null ? null : StoreJson.Write(v.Materials);
        var signatoriesJson = v.Signatories is null ? null : StoreJson.Write(v.Signatories);
        long storedBytes = new[] { priceJson, findingsJson, boqJson, materialsJson, signatoriesJson }.Sum(json => json is null ? 0 : Encoding.UTF8.GetByteCount(json));
        return connection.ExecuteAsync(
            """
            INSERT INTO tender_versions (tender_code, version, status, file_name, file_sha256, uploaded_by, uploaded_at, submitted_at,
                                         filed_at, filed_by, line_count, error_count, total_fen, price_json, findings_json, boq_json,
                                         published_at, locked_at, revision_for, materials_json, return_reason, returned_by, returned_at,
                                         signatories_json, stored_bytes)
            VALUES (@code, @Number, @status, @FileName, @Sha256, @UploadedBy, @uploadedAt, @submittedAt,
                    @filedAt, @FiledBy, @lineCount, @errorCount, @totalFen, @priceJson, @findingsJson, @boqJson,
                    @publishedAt, @lockedAt, @RevisionFor, @materialsJson, @returnReason, @returnedBy, @returnedAt, @signatoriesJson, @storedBytes)
            ON CONFLICT (tender_code, version) DO UPDATE SET
                status = excluded.status, submitted_at = excluded.submitted_at, filed_at = excluded.filed_at, filed_by = excluded.filed_by,
                published_at = excluded.published_at, locked_at = excluded.locked_at,
                return_reason = excluded.return_reason, returned_by = excluded.returned_by, returned_at = excluded.returned_at,
                signatories_json = excluded.signatories_json, stored_bytes = excluded.stored_bytes
            """,
            new
            {
                code, v.Number, status = StatusNames.Code(v.Status), v.Source.FileName, v.Source.Sha256, v.Source.UploadedBy,
                uploadedAt = Times.Write(v.Source.UploadedAt), submittedAt = Times.WriteOptional(v.SubmittedAt),
                filedAt = Times.WriteOptional(v.FiledAt), v.FiledBy, lineCount = v.Boq.LineCount, errorCount = v.ErrorCount,
                totalFen = Hundredths.Write(v.Price.Total), priceJson, findingsJson, boqJson,
                publishedAt = Times.WriteOptional(v.PublishedAt), lockedAt = Times.WriteOptional(v.LockedAt), v.RevisionFor,
                materialsJson, returnReason = v.Return?.Reason, returnedBy = v.Return?.ReturnedBy, returnedAt = Times.WriteOptional(v.Return?.ReturnedAt),
                signatoriesJson, storedBytes,
            },
            transaction);
    }

    private static TenderInfo ToInfo(ProjectRow r) => new(
        r.TenderCode, r.Name, r.Region, r.ProjectType,
        r.BuildingArea is null ? null : decimal.Parse(r.BuildingArea, CultureInfo.InvariantCulture),
        r.RuleSet, r.FirmCreditCode, r.CreatedBy, Times.Read(r.CreatedAt),
        TaxMethodCodes.TryParse(r.TaxMethod, out var method) ? method : throw new InvalidDataException($"招标项目 {r.TenderCode} 的计税方法“{r.TaxMethod}”无法识别。"),
        r.BasePeriod is null ? null : YearMonth.Parse(r.BasePeriod),
        r.RegistrationJson is null ? null : StoreJson.Read<PlatformRegistration>(r.RegistrationJson));

    private static TenderVersion ToVersion(VersionRow r) => new(
        (int)r.Version,
        Enum.Parse<TenderStatus>(r.Status, ignoreCase: true),
        StoreJson.Read<Boq>(r.BoqJson),
        StoreJson.Read<CeilingPrice>(r.PriceJson),
        StoreJson.Read<ImmutableArray<BoqFinding>>(r.FindingsJson),
        new BoqSource(r.FileName, r.FileSha256, r.UploadedBy, Times.Read(r.UploadedAt)),
        Times.ReadOptional(r.SubmittedAt),
        Times.ReadOptional(r.FiledAt),
        r.FiledBy,
        Times.ReadOptional(r.PublishedAt),
        Times.ReadOptional(r.LockedAt),
        r.RevisionFor,
        r.MaterialsJson is null ? null : StoreJson.Read<MaterialCheck>(r.MaterialsJson),
        r.ReturnReason is null ? null : new VersionReturn(r.ReturnReason, r.ReturnedBy!, Times.Read(r.ReturnedAt!)),
        r.FilingNumber,
        r.SignatoriesJson is null ? null : StoreJson.Read<Signatories>(r.SignatoriesJson));
}
