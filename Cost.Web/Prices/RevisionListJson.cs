using System.Collections.Immutable;

namespace Cost.Web.Prices;

/// <summary>GET /api/public/info-prices/{region}/{period}/revisions: every revision, first to last.</summary>
public sealed record RevisionListJson(ImmutableArray<RevisionJson> Items);
