using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Cost.Benchmarks;

/// <summary>Latencies and failures (counted by why) of one kind of request, or of a whole path of requests, under load.</summary>
public sealed class RequestStats
{
    private readonly ConcurrentBag<double> latencies = [];
    private readonly ConcurrentDictionary<string, int> failures = new();

    public int Failures => failures.Values.Sum();

    /// <summary>How many were recorded.</summary>
    public int Count => latencies.Count;

    /// <summary>Records one latency; <paramref name="failure"/> says why it failed (a status code, "timeout", a step), null when it did not.</summary>
    public void Add(TimeSpan latency, string? failure)
    {
        latencies.Add(latency.TotalMilliseconds);
        if (failure is not null)
        {
            failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
        }
    }

    /// <summary>
    /// Sends and disposes <paramref name="request"/>, reads the whole answer and records its latency; a failure when
    /// <paramref name="failed"/> says so (default: not 2xx) or the request throws (refused, reset, timed out).
    /// Returns the body of a 2xx answer, else null.
    /// </summary>
    public async Task<string?> SendAsync(HttpClient http, HttpRequestMessage request, Func<HttpStatusCode, bool>? failed = null)
    {
        using (request)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var isFailure = failed?.Invoke(response.StatusCode) ?? !response.IsSuccessStatusCode;
                Add(Stopwatch.GetElapsedTime(started), isFailure ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : null);
                return response.IsSuccessStatusCode ? body : null;
            }
            catch (TaskCanceledException)
            {
                Add(Stopwatch.GetElapsedTime(started), "timeout");
                return null;
            }
            catch (HttpRequestException e)
            {
                Add(Stopwatch.GetElapsedTime(started), e.HttpRequestError.ToString());
                return null;
            }
        }
    }

    /// <summary>
    /// One line: how many (requests or paths), how many a second over <paramref name="elapsed"/>, p50/p95/p99 and the
    /// failures under <paramref name="failureLabel"/> with their reasons.
    /// </summary>
    public string Report(string name, TimeSpan elapsed, string failureLabel = "errors")
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        var reasons = failures.IsEmpty ? "" : $" ({string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => $"{f.Key} × {f.Value}"))})";
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {sorted.Length} in {elapsed.TotalSeconds:F1} s, {sorted.Length / elapsed.TotalSeconds:F1}/s, p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, {failureLabel} {Failures}{reasons}");
    }
}
