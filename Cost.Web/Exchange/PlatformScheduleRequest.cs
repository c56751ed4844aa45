namespace Cost.Web.Exchange;

/// <summary>PUT /exchange/v1/tenders/{tenderCode}: new dates (either may be left out to keep it).</summary>
public sealed record PlatformScheduleRequest(DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline);
