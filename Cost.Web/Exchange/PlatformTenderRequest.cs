using Cost.Domain.Projects;

namespace Cost.Web.Exchange;

/// <summary>POST /exchange/v1/tenders, as the API description shows it (the body is read field by field, so that each bad field is named).</summary>
public sealed record PlatformTenderRequest(
    string TenderCode, string Name, string? Lot, TenderParty Tenderee, TenderParty? Agency, string Region, string ProjectType,
    decimal? BuildingArea, string CompilingFirm, DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline);
