using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --hostile</c>: the whole system in this process with its shipped limits, under 100 hostile calls — 50 MB JSON
/// bodies to the anonymous price-adjustment calculator with and without a Content-Length, 10,000 factors within the
/// JSON bound, 90 MB to the index calculator — then a burst of 1,000 anonymous calls from one address. Prints each kind's
/// answers and time, and the process's working set and managed heap before, after and at the peak.
/// </summary>
public static class HostileLoad
{
    public static async Task RunAsync()
    {
        await using var server = await InProcessSystem.StartAsync(new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
        var bearer = await VirtualUsers.TokenAsync(http, "bureau", "bureau-demo");

        var huge = Filler(50_000_000);
        var hugePanel = Filler(90_000_000);
        var manyFactors = Encoding.UTF8.GetBytes($$"""{"region":"610100","amount":1000000,"fixedWeight":0.2,"basePeriod":"2026-01","currentPeriod":"2026-10","factors":[{{string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"indexCode":"I{{i}}","weight":0.00008}"""))}}]}""");
        var before = Measure();
        var peak = before.WorkingSet;
        Console.WriteLine($"hostile calls against {server.Address} ({Environment.ProcessorCount} cores)");
        await KindAsync("50 MB JSON, with Content-Length, anonymous price adjustment", 25, () => Post("/api/indices/price-adjustment", huge, chunked: false, null));
        await KindAsync("50 MB JSON, chunked (no length), anonymous price adjustment", 25, () => Post("/api/indices/price-adjustment", huge, chunked: true, null));
        await KindAsync($"10,000 factors ({manyFactors.Length / 1024} KB), anonymous price adjustment", 25, () => Post("/api/indices/price-adjustment", manyFactors, chunked: false, null));
        await KindAsync("90 MB to the index calculator, bureau", 25, () => Post("/api/indices/calculate", hugePanel, chunked: false, bearer));
        await KindAsync("1,000 anonymous calls in a burst from one address", 1_000, () => new HttpRequestMessage(HttpMethod.Get, "/api/public/calendar?year=2026"));
        var after = Measure();
        Console.WriteLine($"working set {before.WorkingSet} MiB before, {after.WorkingSet} MiB after (sampled peak during the calls {peak} MiB, "
            + $"of which the client's bodies {(huge.Length + hugePanel.Length + manyFactors.Length) / 1_048_576} MiB); managed heap {before.Heap} MiB before, {after.Heap} MiB after");

        async Task KindAsync(string name, int calls, Func<HttpRequestMessage> request)
        {
            var answers = new Dictionary<HttpStatusCode, int>();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                using var message = request();
                try
                {
                    using var response = await http.SendAsync(message);
                    await response.Content.ReadAsByteArrayAsync();
                    answers[response.StatusCode] = answers.GetValueOrDefault(response.StatusCode) + 1;
                }
                catch (HttpRequestException)
                {
                    // The server may close the connection while a refused body is still being sent.
                    answers[0] = answers.GetValueOrDefault((HttpStatusCode)0) + 1;
                }

                if (i % 10 == 0)
                {
                    using var now = Process.GetCurrentProcess();
                    peak = Math.Max(peak, now.WorkingSet64 / 1_048_576);
                }
            }

            Console.WriteLine($"  {name}: {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(a.Key == 0 ? "connection closed" : ((int)a.Key).ToString(System.Globalization.CultureInfo.InvariantCulture))} × {a.Value}"))}; "
                + $"{watch.Elapsed.TotalMilliseconds / calls:F1} ms per call");
        }
    }

    private static HttpRequestMessage Post(string path, byte[] body, bool chunked, string? bearer)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = chunked;
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    /// <summary>A JSON array of numbers of about <paramref name="bytes"/> bytes.</summary>
    private static byte[] Filler(int bytes)
    {
        var json = new StringBuilder(bytes + 16).Append("{\"factors\":[");
        while (json.Length < bytes)
        {
            json.Append("1.2345678901234567,");
        }

        return Encoding.UTF8.GetBytes(json.Append("0]}").ToString());
    }

    private static (long WorkingSet, long Heap) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 / 1_048_576, GC.GetTotalMemory(forceFullCollection: false) / 1_048_576);
    }
}
