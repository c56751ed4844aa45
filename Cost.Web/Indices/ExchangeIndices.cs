namespace Cost.Web.Indices;

/// <summary>GET /exchange/v1/indices/{period} (contracts/exchange-api.md): the month's indices, fixed-base and chained.</summary>
public static class ExchangeIndices
{
    public static async Task<IResult> Get(string period, string? region, PublishedIndices published, CancellationToken cancellationToken) =>
        await IndicesApi.WithMonthAsync(period, region, published, (_, month, indices) =>
            TypedResults.Ok(new ExchangeIndicesJson(month, indices[0].BasePeriod,
                [.. indices.Select(i => new ExchangeIndexJson(i.IndexCode, i.Name, PublishedIndices.Published(i.FixedBase), PublishedIndices.Published(i.Chained)))])), cancellationToken);
}
