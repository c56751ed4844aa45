namespace Cost.Web.Exchange;

/// <summary>
/// Configuration section Exchange: the trading-platform clients (id → secrets, name, push URL, rate
/// limit), the default rate limit, the push dispatcher's pace and the OCDS ocid prefix.
/// </summary>
public sealed class ExchangeOptions
{
    public Dictionary<string, ExchangeClient> Clients { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Requests a client may make per minute unless its own <see cref="ExchangeClient.RateLimit"/> says otherwise.</summary>
    public int RateLimit { get; set; } = 1200;

    /// <summary>Seconds between two rounds of the push dispatcher.</summary>
    public int PushIntervalSeconds { get; set; } = 5;

    /// <summary>The first retry of a failed notice waits this many seconds, then twice as long each time, at most an hour.</summary>
    public int PushRetrySeconds { get; set; } = 10;

    /// <summary>The OCDS ocid prefix registered for the publisher ("ocds-" + 6 characters + "-").</summary>
    public string OcidPrefix { get; set; } = "ocds-xaszjj-";

    /// <summary>The publisher named in OCDS release packages and as the review body in each release.</summary>
    public string PublisherName { get; set; } = "西安市住房和城乡建设局建设工程造价管理站";

    /// <summary>The URL of the licence the published data is under (OCDS package <c>license</c>); omitted when not set.</summary>
    public Uri? OcdsLicense { get; set; }

    /// <summary>The URL of the bureau's publication policy (OCDS package <c>publicationPolicy</c>); omitted when not set.</summary>
    public Uri? OcdsPublicationPolicy { get; set; }
}

/// <summary>
/// One platform client: the HMAC secret it signs with (and, while a new secret is rolled out, the
/// previous one, also accepted), a display name, where notices are pushed and its own rate limit.
/// </summary>
public sealed class ExchangeClient
{
    public string Secret { get; set; } = "";

    /// <summary>Still accepted during a rotation; notices are always signed with <see cref="Secret"/>.</summary>
    public string? PreviousSecret { get; set; }

    public string? Name { get; set; }

    public Uri? PushUrl { get; set; }

    /// <summary>Requests per minute for this client; the section's <see cref="ExchangeOptions.RateLimit"/> when unset.</summary>
    public int? RateLimit { get; set; }

    /// <summary>The secrets a request may be signed with, current first.</summary>
    public IEnumerable<string> AcceptedSecrets()
    {
        if (!string.IsNullOrEmpty(Secret))
        {
            yield return Secret;
        }

        if (!string.IsNullOrEmpty(PreviousSecret))
        {
            yield return PreviousSecret;
        }
    }
}
