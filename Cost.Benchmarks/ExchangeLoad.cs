using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Cost.Exchange.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --exchange-load [clients] [seconds]</c>: the whole system on Kestrel (temporary store) under
/// N concurrent signed clients for S seconds, each mixing ceiling-price GETs, change-feed paging and
/// repeated bid-opening POSTs (same key and body); the signed GET side by side with a bare MapGet
/// returning the same JSON, in alternating rounds after an untimed warm-up of each. Reports requests/s, p50/p95/p99, 5xx, stored openings and whether every feed
/// reader saw every filed version exactly once.
/// </summary>
public static class ExchangeLoad
{
    public const string Secret = "platform-demo-secret";
    private const string Tender = "XA-2026-0001";
    private const int WarmUpSeconds = 10;

    public static async Task RunAsync(int clients, int seconds)
    {
        await using var server = await InProcessSystem.StartAsync(new Dictionary<string, string>
        {
            ["Exchange:RateLimit"] = "100000000",
            ["Exchange:Clients:platform:Secret"] = Secret,
        });
        using var http = VirtualUsers.Client(server.Address, clients);

        var sample = await (await http.SendAsync(SignedRequest(HttpMethod.Get, $"/exchange/v1/tenders/{Tender}/ceiling-price", []))).Content.ReadAsStringAsync();
        var filed = await FiledVersionsAsync(http);

        var baselinePort = InProcessSystem.FreePort();
        var bare = WebApplication.CreateSlimBuilder();
        bare.Logging.ClearProviders();
        bare.WebHost.UseUrls($"http://127.0.0.1:{baselinePort}");
        await using var baseline = bare.Build();
        baseline.MapGet($"/exchange/v1/tenders/{Tender}/ceiling-price", () => Results.Text(sample, "application/json"));
        await baseline.StartAsync();
        using var bareHttp = VirtualUsers.Client(new Uri($"http://127.0.0.1:{baselinePort}"), clients);

        // Untimed first: a server that has just started runs its code unoptimised until the runtime has compiled it
        // again (tiered compilation), which on two busy cores takes seconds; a running server has long done so.
        await LoadAsync(http, clients, WarmUpSeconds, filed, mixed: true, new Stats());
        await LoadAsync(bareHttp, clients, WarmUpSeconds, filed, mixed: false, new Stats());

        // Side by side in alternating rounds, so that a slower spell of a shared machine falls on both alike.
        var (reads, bareStats) = (new Stats(), new Stats());
        var rounds = Math.Max(1, seconds / 2);
        for (var round = 0; round < rounds; round++)
        {
            await LoadAsync(http, clients, seconds / rounds, filed, mixed: false, reads);
            await LoadAsync(bareHttp, clients, seconds / rounds, filed, mixed: false, bareStats);
        }

        var system = await LoadAsync(http, clients, seconds, filed, mixed: true, new Stats());
        var openings = await http.SendAsync(SignedRequest(HttpMethod.Get, "/exchange/v1/ocds/releases?limit=500", []));
        await baseline.StopAsync();

        Console.WriteLine($"exchange load: {clients} clients × {seconds} s on {Environment.ProcessorCount} cores");
        Console.WriteLine(reads.Requests.Report("signed ceiling-price GET", reads.Elapsed, "5xx"));
        Console.WriteLine(system.Requests.Report("system (signed, mixed)", system.Elapsed, "5xx"));
        Console.WriteLine(bareStats.Requests.Report("bare MapGet (same JSON)", bareStats.Elapsed, "5xx"));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"signed GET / bare: {reads.Requests.Count / reads.Elapsed.TotalSeconds / (bareStats.Requests.Count / bareStats.Elapsed.TotalSeconds):P0}"));
        Console.WriteLine($"openings answered identically: {system.OpeningAnswers.Distinct().Count() <= 1}; feed readers complete and without duplicates: {system.IncompleteFeeds == 0}; ocds status {(int)openings.StatusCode}");
    }

    /// <summary>Runs the load for <paramref name="seconds"/> and adds what it saw (and the time it took) to <paramref name="stats"/>.</summary>
    private static async Task<Stats> LoadAsync(HttpClient http, int clients, int seconds, int filedVersions, bool mixed, Stats stats)
    {
        var opening = Encoding.UTF8.GetBytes("""{"openedAt":"2026-12-01T09:00:00+08:00","bids":[{"bidderCreditCode":"91610113MA6W8K3Q77","bidderName":"乙","price":10900000.00}]}""");
        stats.Elapsed += await VirtualUsers.RunAsync(clients, seconds, async i =>
        {
            var kind = mixed ? i % 4 : 0;
            if (kind == 3)
            {
                if (await ReadFeedAsync(http, stats.Requests) != filedVersions)
                {
                    Interlocked.Increment(ref stats.IncompleteFeeds);
                }

                return;
            }

            var request = kind == 2
                ? SignedRequest(HttpMethod.Post, $"/exchange/v1/tenders/{Tender}/bid-openings", opening, "load-opening")
                : SignedRequest(HttpMethod.Get, $"/exchange/v1/tenders/{Tender}/ceiling-price", []);
            var body = await stats.Requests.SendAsync(http, request, ServerError);
            if (kind == 2 && body is not null)
            {
                stats.OpeningAnswers.Add(body);
            }
        });
        return stats;
    }

    private static bool ServerError(HttpStatusCode status) => (int)status >= 500;

    private static async Task<int> ReadFeedAsync(HttpClient http, RequestStats requests)
    {
        var seen = new HashSet<string>();
        var cursor = "";
        var count = 0;
        while (true)
        {
            if (await requests.SendAsync(http, SignedRequest(HttpMethod.Get, $"/exchange/v1/ceiling-prices?limit=1{cursor}", []), ServerError) is not { } body)
            {
                return -1;
            }

            using var page = JsonDocument.Parse(body);
            var items = page.RootElement.GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                return count == seen.Count ? count : -1;
            }

            foreach (var item in items.EnumerateArray())
            {
                seen.Add($"{item.GetProperty("tenderCode").GetString()}#{item.GetProperty("version").GetInt32()}");
                count++;
            }

            cursor = $"&after={page.RootElement.GetProperty("next").GetString()}";
        }
    }

    private static async Task<int> FiledVersionsAsync(HttpClient http)
    {
        using var response = await http.SendAsync(SignedRequest(HttpMethod.Get, "/exchange/v1/ceiling-prices?limit=500", []));
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("items").GetArrayLength();
    }

    public static HttpRequestMessage SignedRequest(HttpMethod method, string path, byte[] body, string? key = null)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = ExchangeSignature.NewNonce();
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(ExchangeSignature.ClientIdHeader, "platform");
        request.Headers.Add(ExchangeSignature.TimestampHeader, ts);
        request.Headers.Add(ExchangeSignature.NonceHeader, nonce);
        request.Headers.Add(ExchangeSignature.SignatureHeader,
            Convert.ToBase64String(ExchangeSignature.Sign(Secret, ExchangeSignature.Canonical(method.Method, path, ts, nonce, body))));
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        return request;
    }

    private sealed class Stats
    {
        public RequestStats Requests { get; } = new();

        public ConcurrentBag<string> OpeningAnswers { get; } = [];

        public int IncompleteFeeds;

        public TimeSpan Elapsed { get; set; }
    }
}
