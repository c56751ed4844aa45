using Cost.Domain.Prices;

namespace Cost.Web.Prices;

/// <summary>One revision of a published month and the corrections it made.</summary>
public sealed record RevisionJson(long Revision, DateTimeOffset PublishedAt, PriceChange[] Changes);
