namespace Cost.Domain.Projects;

/// <summary>
/// What the trading platform says of a tender it registered: the lot (标段), the tenderee and its agency, and the dates
/// it will publish the tender and close the bids (招标公告发布时间, 投标截止时间), which the complaint window and the
/// deadline extension count from. <see cref="RegisteredBy"/> is the platform client that registered it.
/// </summary>
public sealed record PlatformRegistration(
    string? Lot,
    TenderParty Tenderee,
    TenderParty? Agency,
    DateTimeOffset? PublishAt,
    DateTimeOffset? BidDeadline,
    string RegisteredBy);
