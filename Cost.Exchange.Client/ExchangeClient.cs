using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Exchange.Client;

/// <summary>
/// Typed calls of every /exchange/v1 endpoint over an <see cref="HttpClient"/> whose handler signs (see
/// <see cref="Create"/>). A refusal is an <see cref="ExchangeProblemException"/>; a "not there yet" read (404) is null.
/// The POSTs take the Idempotency-Key the platform keeps for the event: sending it again with the same body answers
/// the stored result and stores nothing twice.
/// </summary>
public sealed class ExchangeClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client for <paramref name="baseAddress"/> (the site, e.g. https://zjz.example.gov.cn) signing as <paramref name="clientId"/>.</summary>
    public static ExchangeClient Create(Uri baseAddress, string clientId, string secret, TimeProvider? clock = null) =>
        new(new HttpClient(new SigningHandler(clientId, secret, clock) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = baseAddress });

    /// <summary>The latest filed ceiling price of a tender; null when none is filed.</summary>
    public Task<CeilingPrice?> GetCeilingPriceAsync(string tenderCode, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<CeilingPrice>($"/exchange/v1/tenders/{Escape(tenderCode)}/ceiling-price", cancellationToken);

    /// <summary>The change feed after <paramref name="after"/> (null: from the start), at most <paramref name="limit"/> (1–500) versions.</summary>
    public async Task<CeilingPriceFeedPage> GetCeilingPricesAsync(string? after = null, int limit = 100, CancellationToken cancellationToken = default) =>
        (await GetOrNullAsync<CeilingPriceFeedPage>($"/exchange/v1/ceiling-prices?limit={limit.ToString(CultureInfo.InvariantCulture)}{Cursor(after)}", cancellationToken).ConfigureAwait(false))!;

    /// <summary>A published month's information prices of a region (page ≥ 1, pageSize 1–1000); null before publication.</summary>
    public Task<InfoPricePage?> GetInfoPricesAsync(string region, string period, int page = 1, int pageSize = 100, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<InfoPricePage>(string.Create(CultureInfo.InvariantCulture,
            $"/exchange/v1/info-prices/{Escape(region)}/{Escape(period)}?page={page}&pageSize={pageSize}"), cancellationToken);

    /// <summary>The cost indices published for a month (yyyy-MM); null before publication.</summary>
    public Task<CostIndexMonth?> GetIndicesAsync(string period, string? region = null, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<CostIndexMonth>($"/exchange/v1/indices/{Escape(period)}{(region is null ? "" : "?region=" + Escape(region))}", cancellationToken);

    /// <summary>The credit register: firms whose standing changed since <paramref name="changedSince"/> (all when null).</summary>
    public async Task<FirmRegisterPage> GetFirmsAsync(DateTimeOffset? changedSince = null, int page = 1, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        var since = changedSince is { } s ? "&changedSince=" + Escape(s.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)) : "";
        return (await GetOrNullAsync<FirmRegisterPage>(string.Create(CultureInfo.InvariantCulture,
            $"/exchange/v1/firms?page={page}&pageSize={pageSize}{since}"), cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Registers a tender the platform opened (201, or 200 for the same facts again).</summary>
    public Task<TenderRegistration> RegisterTenderAsync(TenderRegistrationRequest tender, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<TenderRegistration>(HttpMethod.Post, "/exchange/v1/tenders", tender, idempotencyKey, cancellationToken);

    /// <summary>Sets or moves a registered tender's publication and bid deadline.</summary>
    public Task<TenderRegistration> ScheduleTenderAsync(string tenderCode, TenderSchedule schedule, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<TenderRegistration>(HttpMethod.Put, $"/exchange/v1/tenders/{Escape(tenderCode)}", schedule, idempotencyKey, cancellationToken);

    /// <summary>Sends the bid opening; each bid comes back with its verdict against the ceiling price, which is then locked.</summary>
    public Task<BidOpeningResult> OpenBidsAsync(string tenderCode, BidOpeningRequest opening, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<BidOpeningResult>(HttpMethod.Post, $"/exchange/v1/tenders/{Escape(tenderCode)}/bid-openings", opening, idempotencyKey, cancellationToken);

    /// <summary>Sends the award (a valid bid of the opening at its price).</summary>
    public Task<AwardResult> AwardAsync(string tenderCode, AwardRequest award, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<AwardResult>(HttpMethod.Post, $"/exchange/v1/tenders/{Escape(tenderCode)}/awards", award, idempotencyKey, cancellationToken);

    /// <summary>Forwards a bidder's complaint against the published ceiling price.</summary>
    public Task<Complaint> ComplainAsync(string tenderCode, ComplaintRequest complaint, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<Complaint>(HttpMethod.Post, $"/exchange/v1/tenders/{Escape(tenderCode)}/complaints", complaint, idempotencyKey, cancellationToken);

    /// <summary>The OCDS 1.1 releases after <paramref name="after"/>; null when there is nothing new yet (204): ask again later with the same cursor.</summary>
    public async Task<OcdsReleasePackage?> GetOcdsReleasesAsync(string? after = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri($"/exchange/v1/ocds/releases?limit={limit.ToString(CultureInfo.InvariantCulture)}{Cursor(after)}", UriKind.Relative),
            cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NoContent ? null : await ReadAsync<OcdsReleasePackage>(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T?> GetOrNullAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(new Uri(pathAndQuery, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object body, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new ExchangeProblemException($"{(int)response.StatusCode}: the answer has no body.");
    }

    private static async Task<ExchangeProblemException> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta;
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            var root = problem.RootElement;
            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(e => new ProblemError(Text(e, "field"), Text(e, "message") ?? ""))]
                : Array.Empty<ProblemError>();
            return new ExchangeProblemException(response.StatusCode, Text(root, "type") ?? "about:blank", Text(root, "title"), Text(root, "detail"), errors, retryAfter);
        }
        catch (JsonException)
        {
            return new ExchangeProblemException(response.StatusCode, "about:blank", response.ReasonPhrase, null, [], retryAfter);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Cursor(string? after) => after is null ? "" : "&after=" + Escape(after);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
