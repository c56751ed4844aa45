using System.Collections.Immutable;

namespace Cost.Web.Credit;

/// <summary>GET /api/public/firms: the register lines that match the query.</summary>
public sealed record RegisterListJson(ImmutableArray<RegisterLineJson> Items);
