using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Silos.ReadModels;

/// <summary>A published revision with its change notice: the prices it corrected (none for the first publication).</summary>
public sealed record RevisionRow(long Revision, DateTimeOffset PublishedAt, string PublishedBy, ImmutableArray<PriceChange> Changes);
