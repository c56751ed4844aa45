using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Indices;

/// <summary>GET /exchange/v1/indices/{period} (docs/exchange-api.md): the month's indices, fixed-base and chained.</summary>
public static class ExchangeIndices
{
    public static Task<Results<Ok<ExchangeIndicesJson>, ProblemHttpResult>> Get(string period, string? region, PublishedIndices published, CancellationToken cancellationToken) =>
        IndicesApi.WithMonthAsync<Ok<ExchangeIndicesJson>>(period, region, published, (_, month, indices) =>
            TypedResults.Ok(new ExchangeIndicesJson(month, indices[0].BasePeriod,
                [.. indices.Select(i => new ExchangeIndexJson(i.IndexCode, i.Name, PublishedIndices.Published(i.FixedBase), PublishedIndices.Published(i.Chained)))])), cancellationToken);
}
