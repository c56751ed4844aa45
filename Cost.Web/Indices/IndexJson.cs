using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;

namespace Cost.Web.Indices;

/// <summary>
/// One index of a month as the public API writes it: values with 2 decimals, contributions in percentage points,
/// how many of its resources carried an earlier month's price and were left out of the month, and how many
/// filed bills an elementary index's weights came from (0: the configured typical consumption).
/// </summary>
public sealed record IndexJson(
    string IndexCode, string Name, string Kind, decimal FixedBase, decimal? Chained, decimal? YearOnYear, ImmutableArray<ContributionJson> Contributions, int Carried,
    int WeightBills)
{
    public static IndexJson From(PriceIndex i) => new(
        i.IndexCode, i.Name, i.Kind.ToString().ToLowerInvariant(), PublishedIndices.Published(i.FixedBase), PublishedIndices.Published(i.Chained),
        PublishedIndices.Published(i.YearOnYear), [.. i.Contributions.Select(ContributionJson.From)], i.Carried, i.WeightBills);
}

/// <summary>A category's weight in a composite and its contribution to the month's change (percentage points).</summary>
public sealed record ContributionJson(string IndexCode, string Name, decimal Weight, decimal? Points)
{
    public static ContributionJson From(IndexContribution c) =>
        new(c.IndexCode, c.Name, Math.Round((decimal)c.Weight, 4), c.Points is { } p ? Math.Round((decimal)p, 2, MidpointRounding.AwayFromZero) : null);
}

/// <summary>GET /api/public/indices/{period}: the exchange fields plus kind, year-on-year and contributions.</summary>
public sealed record IndexMonthJson(string Region, YearMonth Period, YearMonth BasePeriod, ImmutableArray<IndexJson> Items);

/// <summary>One index in the exchange's <c>indices/{period}</c> (docs/exchange-api.md).</summary>
public sealed record ExchangeIndexJson(string IndexCode, string Name, decimal FixedBase, decimal? Chained);

/// <summary>GET /exchange/v1/indices/{period}.</summary>
public sealed record ExchangeIndicesJson(YearMonth Period, YearMonth BasePeriod, ImmutableArray<ExchangeIndexJson> Items);
