using Cost.Domain.Audit;

namespace Cost.Web.Audit;

/// <summary>How a verification reads in Chinese, on the bureau's page and from the verify command alike.</summary>
public static class AuditText
{
    public static string Verdict(AuditVerdict verdict) => verdict.FirstBroken is { } broken
        ? $"审计链断裂：第 {broken.Seq} 条{(broken.Action is null ? "" : $"（{broken.Action} {AuditActions.Name(broken.Action)}）")}：{broken.Reason}此前 {verdict.Entries} 条完好。"
        : $"审计链完好：共 {verdict.Entries} 条，链头哈希 {verdict.Head.Hash}。";
}
