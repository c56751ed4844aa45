using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cost.Samples;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --web-load baseUrl [--users N] [--seconds S]</c>: drives an already-running Cost.Web (embedded or cluster
/// mode) over HTTP with N concurrent virtual users for S seconds per scenario: the public information-price page,
/// the same prices as JSON, and a consultant's path — register a tender, upload the sample BoQ workbook, read its
/// ceiling price. The consultant logs in once for all users (the token endpoint locks an account after repeated
/// failures); bearer calls need no antiforgery token and only /exchange is rate-limited. Prints the rate, p50/p95/p99
/// and the errors by why (a status other than 2xx, no answer; a path by its failing step) per request and per whole
/// path; asserts no timings.
/// </summary>
public static class WebLoad
{
    private static readonly string[] PublicPaths = ["/prices?region=610100&period=2026-10", "/api/public/info-prices/610100/2026-10"];

    public static async Task RunAsync(Uri baseUrl, int users, int seconds)
    {
        using var http = VirtualUsers.Client(baseUrl, users);
        var token = await VirtualUsers.TokenAsync(http, "consultant", "consultant-demo");
        var workbook = SampleWorkbook();

        // One pass first: warms the server up, and stops here when the demo account or the seeded month is missing.
        var warmUp = new RequestStats();
        foreach (var path in PublicPaths)
        {
            await warmUp.SendAsync(http, new HttpRequestMessage(HttpMethod.Get, path));
        }

        var warmUpPath = new BoqPath(http, token, workbook);
        await warmUpPath.RunOnceAsync();
        if (warmUp.Failures + warmUpPath.Whole.Failures > 0)
        {
            throw new InvalidOperationException($"{baseUrl} answered a scenario's request with other than 2xx: is it Cost.Web with the sample data?");
        }

        Console.WriteLine($"web load: {baseUrl} — {users} users × {seconds} s per scenario; {Environment.ProcessorCount} cores, shared with the server");
        foreach (var path in PublicPaths)
        {
            var stats = new RequestStats();
            var elapsed = await VirtualUsers.RunAsync(users, seconds, _ => stats.SendAsync(http, new HttpRequestMessage(HttpMethod.Get, path)));
            Console.WriteLine(stats.Report($"GET {path}", elapsed));
        }

        var boq = new BoqPath(http, token, workbook);
        var pathElapsed = await VirtualUsers.RunAsync(users, seconds, _ => boq.RunOnceAsync());
        Console.WriteLine(boq.Create.Report("POST /api/projects", pathElapsed));
        Console.WriteLine(boq.Upload.Report("POST /api/projects/{code}/boq", pathElapsed));
        Console.WriteLine(boq.Read.Report("GET /api/projects/{code}/ceiling-price", pathElapsed));
        Console.WriteLine(boq.Whole.Report("BoQ → ceiling price, whole path (3 requests)", pathElapsed));
    }

    private static byte[] SampleWorkbook()
    {
        using var stream = new MemoryStream();
        SampleWorkbooks.Write(stream);
        return stream.ToArray();
    }

    /// <summary>A consultant's path with one bearer token: register a new tender, upload the workbook, read the ceiling price.</summary>
    private sealed class BoqPath(HttpClient http, string token, byte[] workbook)
    {
        public RequestStats Create { get; } = new();

        public RequestStats Upload { get; } = new();

        public RequestStats Read { get; } = new();

        /// <summary>The three requests of one path; a failure, named by its step, when one of them fails (the path stops there).</summary>
        public RequestStats Whole { get; } = new();

        public async Task RunOnceAsync()
        {
            var started = Stopwatch.GetTimestamp();
            var code = $"B-{Guid.NewGuid():N}"[..20];
            var project = new { tenderCode = code, name = "压测学校", region = "610113", projectType = "school", buildingArea = 8000 };
            var failedStep =
                await Create.SendAsync(http, Bearer(HttpMethod.Post, "/api/projects", JsonContent.Create(project))) is null ? "register"
                : await Upload.SendAsync(http, Bearer(HttpMethod.Post, $"/api/projects/{code}/boq", WorkbookForm())) is null ? "upload"
                : await Read.SendAsync(http, Bearer(HttpMethod.Get, $"/api/projects/{code}/ceiling-price")) is null ? "ceiling price"
                : null;
            Whole.Add(Stopwatch.GetElapsedTime(started), failedStep);
        }

        private HttpRequestMessage Bearer(HttpMethod method, string path, HttpContent? content = null) =>
            new(method, path) { Content = content, Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

        private MultipartFormDataContent WorkbookForm()
        {
            var file = new ByteArrayContent(workbook);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return new MultipartFormDataContent { { file, "file", SampleWorkbooks.FileName } };
        }
    }
}
