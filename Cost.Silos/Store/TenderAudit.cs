using System.Data.Common;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The audit of ceiling-price versions: each change of a version's status is an entry whose facts are
/// the version's price and file. A version's bill and price are never edited in place (only its status
/// and dates change), so the verifier can hold every such entry against the version as stored.
/// </summary>
internal static class TenderAudit
{
    /// <summary>The entry for what <paramref name="happened"/> to a version, by <paramref name="actor"/>.</summary>
    public static AuditEntry Entry(string tenderCode, ProjectEvent happened, string actor)
    {
        var version = happened.Version;
        var (action, at) = happened switch
        {
            VersionUploaded => (AuditActions.CeilingPriceUploaded, version.Source.UploadedAt),
            VersionSubmitted => (AuditActions.CeilingPriceSubmitted, version.SubmittedAt),
            PriceRevised => (AuditActions.CeilingPriceRevised, version.FiledAt),
            VersionFiled => (AuditActions.CeilingPriceFiled, version.FiledAt),
            VersionPublished => (AuditActions.CeilingPricePublished, version.PublishedAt),
            VersionLocked => (AuditActions.CeilingPriceLocked, version.LockedAt),
            VersionReturned => (AuditActions.CeilingPriceReturned, version.Return?.ReturnedAt),
            _ => throw new ArgumentOutOfRangeException(nameof(happened), happened, "未知的项目事件。"),
        };
        return new AuditEntry(at!.Value, actor, action, tenderCode, new VersionFacts(
            tenderCode, version.Number, version.Price.Total, version.Source.FileName, version.Source.Sha256, version.RevisionFor));
    }

    /// <summary>Why the version an entry speaks of no longer has the recorded price or file (Chinese), or null when it has.</summary>
    public static async ValueTask<string?> ProblemAsync(DbConnection connection, AuditRecord entry)
    {
        var facts = StoreJson.Read<VersionFacts>(entry.PayloadJson);
        var stored = await connection.QuerySingleOrDefaultAsync<StoredVersion>(
            "SELECT total_fen AS TotalFen, price_json AS PriceJson, file_sha256 AS FileSha256 FROM tender_versions WHERE tender_code = @TenderCode AND version = @Version",
            new { facts.TenderCode, facts.Version }).ConfigureAwait(false);
        var name = $"{facts.TenderCode} 第 {facts.Version} 版";
        if (stored is null)
        {
            return $"{name}已不在存储中：在系统之外被删除。";
        }

        if (stored.FileSha256 != facts.FileSha256)
        {
            return $"{name}的清单文件 SHA-256 与记录不符：在系统之外被替换。";
        }

        var (rowTotal, priceTotal) = (Hundredths.Read(stored.TotalFen), StoreJson.Read<CeilingPrice>(stored.PriceJson).Total);
        return rowTotal == facts.Total && priceTotal == facts.Total
            ? null
            : $"记录的{name}最高投标限价为 {facts.Total:N2} 元，存储中现为 {rowTotal:N2} 元（价格文档中 {priceTotal:N2} 元）：在系统之外被改动。";
    }

    /// <summary>What an entry records of a version: the price and the file it was priced from.</summary>
    private sealed record VersionFacts(string TenderCode, int Version, decimal Total, string FileName, string FileSha256, string? RevisionFor);

    private sealed record StoredVersion(long TotalFen, string PriceJson, string FileSha256);
}
