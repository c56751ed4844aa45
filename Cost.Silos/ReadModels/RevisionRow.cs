using Cost.Domain.Prices;

namespace Cost.Silos.ReadModels;

/// <summary>A published revision with its change notice (JSON list of <see cref="PriceChange"/>).</summary>
public sealed record RevisionRow(long Revision, string PublishedAt, string PublishedBy, string NoticeJson);
