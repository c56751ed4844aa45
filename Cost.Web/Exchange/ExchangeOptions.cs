namespace Cost.Web.Exchange;

/// <summary>Configuration section Exchange: the trading-platform clients (id → secret, name, push URL).</summary>
public sealed class ExchangeOptions
{
    public Dictionary<string, ExchangeClient> Clients { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>One platform client: the HMAC secret it signs with, a display name and where notices are pushed.</summary>
public sealed class ExchangeClient
{
    public string Secret { get; set; } = "";

    public string? Name { get; set; }

    public Uri? PushUrl { get; set; }
}
