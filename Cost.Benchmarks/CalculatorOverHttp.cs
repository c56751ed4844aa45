using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --calculator-http [runs]</c>: the analyst's calculator end to end over HTTP on the whole system in this process:
/// the 10,000 items × 60 periods panel (600,000 observations, prices written with 17 significant digits as Excel stores
/// them) posted as the contract's JSON, the seven bilateral formulas fixed-base in one request and chained in another
/// (14 series). Prints each run's time from the first byte sent to the last byte read, the median, the body size and
/// the process's working set before and after.
/// </summary>
public static class CalculatorOverHttp
{
    private static readonly string[] Formulas = ["laspeyres", "paasche", "fisher", "tornqvist", "jevons", "dutot", "carli"];

    public static async Task RunAsync(int runs)
    {
        await using var server = await InProcessSystem.StartAsync(new Dictionary<string, string>());
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await VirtualUsers.TokenAsync(http, "bureau", "bureau-demo"));

        var bodies = new[] { Panel(chained: false), Panel(chained: true) };

        Console.WriteLine($"calculator over HTTP: 600,000 observations, body {bodies[0].Length / 1_048_576.0:F1} MiB, {Environment.ProcessorCount} cores");
        var before = Process.GetCurrentProcess().WorkingSet64;
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var series = 0;
            foreach (var body in bodies)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync("/api/indices/calculate", content);
                var answer = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{(int)response.StatusCode}: {answer[..Math.Min(answer.Length, 500)]}");
                }

                series += JsonDocument.Parse(answer).RootElement.GetProperty("series").GetArrayLength();
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"  {(run == 0 ? "warm-up" : $"run {run}")}: {series} series in {seconds:F3} s");
            if (run > 0)
            {
                times.Add(seconds);
            }
        }

        times.Sort();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"median {times[times.Count / 2]:F3} s for the 14 series; working set {before / 1_048_576} MiB before, "
            + $"{process.WorkingSet64 / 1_048_576} MiB after, peak {process.PeakWorkingSet64 / 1_048_576} MiB (client and server in one process)");
    }

    /// <summary>The panel of <c>IndexCalculatorBenchmark</c> with every price present, as the contract's JSON.</summary>
    private static byte[] Panel(bool chained)
    {
        var random = new Random(51290);
        var json = new StringBuilder(48_000_000);
        json.Append(CultureInfo.InvariantCulture, $$"""{"basePeriod":"2020-01","chained":{{(chained ? "true" : "false")}},"formulas":["{{string.Join("\",\"", Formulas)}}"],"observations":[""");
        for (var i = 0; i < 10_000; i++)
        {
            var price = 10 + (random.NextDouble() * 5_000);
            for (var t = 0; t < 60; t++)
            {
                price *= 1 + ((random.NextDouble() - 0.48) * 0.04);
                json.Append(i == 0 && t == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $$"""{"period":"{{2020 + (t / 12)}}-{{(t % 12) + 1:00}}","item":"item{{i}}","price":{{price.ToString("G17", CultureInfo.InvariantCulture)}},"quantity":{{random.Next(0, 1_000)}}}""");
            }
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
