using System.Text.Json;

namespace Cost.Exchange.Client;

// The exchange's JSON as docs/exchange-api.md writes it (camelCase; amounts in yuan, times with an offset).

/// <summary>A unit work's share of a ceiling price (yuan).</summary>
public sealed record UnitPrice(
    string Name, decimal MeasuredWorks, decimal Measures, decimal SafetyCivilization, decimal OtherItems, decimal StatutoryFees,
    decimal Tax, decimal Total, string? SingleWork);

/// <summary>The latest filed (or later) version of a tender's ceiling price; <see cref="Status"/> "locked" once bids were opened.</summary>
public sealed record CeilingPrice(
    string TenderCode, string ProjectName, int Version, string Status, string RuleSet, string Currency, decimal Total,
    DateTimeOffset FiledAt, IReadOnlyList<UnitPrice> Units);

/// <summary>One page of the change feed: every filed version once, in filing order; <see cref="Next"/> is the cursor of the following page.</summary>
public sealed record CeilingPriceFeedPage(IReadOnlyList<CeilingPrice> Items, string Next);

/// <summary>A published information price (信息价).</summary>
public sealed record InfoPrice(
    string ResourceCode, string Name, string Spec, string Unit, string Category, decimal PriceInclTax, decimal PriceExclTax,
    decimal VatRate, int Observations, bool Carried, string? FromRegion);

/// <summary>One page of a published month's information prices (latest revision).</summary>
public sealed record InfoPricePage(
    string Region, string Period, DateTimeOffset PublishedAt, int Revision, int Total, int Page, int PageSize, IReadOnlyList<InfoPrice> Items);

/// <summary>A published cost index of a month: fixed-base and chained (2 decimals).</summary>
public sealed record CostIndex(string IndexCode, string Name, decimal FixedBase, decimal? Chained);

/// <summary>The cost indices published for a month.</summary>
public sealed record CostIndexMonth(string Period, string BasePeriod, IReadOnlyList<CostIndex> Items);

/// <summary>A firm's standing on a day in the credit register; its public records as the register writes them.</summary>
public sealed record RegisteredFirm(string CreditCode, string Name, decimal Score, string Grade, DateTimeOffset? ChangedAt, IReadOnlyList<JsonElement> Records);

/// <summary>One page of the credit register.</summary>
public sealed record FirmRegisterPage(IReadOnlyList<RegisteredFirm> Items, int Total, int Page, int PageSize, DateOnly AsOf);

/// <summary>The tenderee (招标人) or its agency (招标代理).</summary>
public sealed record TenderParty(string Name, string CreditCode);

/// <summary>A tender as the platform registers it (POST /tenders).</summary>
public sealed record TenderRegistrationRequest(
    string TenderCode, string Name, string? Lot, TenderParty Tenderee, TenderParty? Agency, string Region, string ProjectType,
    decimal? BuildingArea, string CompilingFirm, DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline);

/// <summary>The publication and bid deadline the platform sets or moves (PUT /tenders/{tenderCode}).</summary>
public sealed record TenderSchedule(DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline);

/// <summary>A registered tender as the exchange answers it.</summary>
public sealed record TenderRegistration(
    string TenderCode, string Name, string? Lot, TenderParty Tenderee, TenderParty? Agency, string Region, string ProjectType,
    decimal? BuildingArea, string CompilingFirm, DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline, DateTimeOffset RegisteredAt);

/// <summary>A bid as read at the opening.</summary>
public sealed record Bid(string BidderCreditCode, string BidderName, decimal Price);

/// <summary>The bid opening the platform sends.</summary>
public sealed record BidOpeningRequest(DateTimeOffset OpenedAt, IReadOnlyList<Bid> Bids);

/// <summary>A bid with the verdict against the ceiling price ("valid", "above-ceiling", …) and its flags.</summary>
public sealed record OpenedBid(string BidderCreditCode, string BidderName, decimal Price, string Verdict, IReadOnlyList<string> Flags);

/// <summary>The stored bid opening, the same for every retry under the same key.</summary>
public sealed record BidOpeningResult(string TenderCode, decimal CeilingPrice, int CeilingVersion, DateTimeOffset OpenedAt, IReadOnlyList<OpenedBid> Bids);

/// <summary>The award the platform sends: a valid bid of the opening, at its price.</summary>
public sealed record AwardRequest(string WinnerCreditCode, string WinnerName, decimal Price, DateTimeOffset AwardedAt);

/// <summary>The stored award; <see cref="AwardRatio"/> = price / ceiling price (4 decimals).</summary>
public sealed record AwardResult(
    string TenderCode, string WinnerCreditCode, string WinnerName, decimal Price, DateTimeOffset AwardedAt,
    int CeilingVersion, decimal CeilingPrice, decimal AwardRatio, DateTimeOffset RecordedAt);

/// <summary>A bidder's complaint against a published ceiling price, forwarded by the platform.</summary>
public sealed record ComplaintRequest(string ComplainantName, string? ComplainantCreditCode, string Reason, DateTimeOffset? ReceivedAt);

/// <summary>A complaint as recorded; once reviewed, <see cref="Status"/> "upheld" or "dismissed" and what the review found.</summary>
public sealed record Complaint(
    string Id, string TenderCode, int Version, string Source, string ComplainantName, string? ComplainantCreditCode, string Reason,
    DateTimeOffset ReceivedAt, string Status, JsonElement? Review, int? RevisedVersion, int? DeadlineExtensionDays,
    DateTimeOffset? DecidedAt, DateTimeOffset? ExtendedBidDeadline);

/// <summary>An OCDS 1.1 release package as published (releases kept as OCDS JSON); <see cref="Next"/> is the cursor of the following page.</summary>
public sealed record OcdsReleasePackage(
    string Uri, string Version, DateTimeOffset PublishedDate, IReadOnlyList<string> Extensions, IReadOnlyList<JsonElement> Releases, string Next,
    Uri? License, Uri? PublicationPolicy);

/// <summary>A located problem of a refused request.</summary>
public sealed record ProblemError(string? Field, string Message);
