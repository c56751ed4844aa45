using Cost.Domain.Projects;

namespace Cost.Silos.Exchange;

/// <summary>
/// The notice of a filed (or revised) ceiling price as pushed to the platform: enough to decide
/// whether to fetch it (GET /exchange/v1/tenders/{tenderCode}/ceiling-price).
/// </summary>
public sealed record FilingNotice(
    string TenderCode, string ProjectName, int Version, DateTimeOffset FiledAt, decimal Total, string Currency, string? RevisionFor, string? FilingNumber)
{
    public static FilingNotice Of(TenderInfo info, TenderVersion version) =>
        new(info.TenderCode, info.Name, version.Number, version.FiledAt!.Value, version.Price.Total, "CNY", version.RevisionFor, version.FilingNumber);
}
