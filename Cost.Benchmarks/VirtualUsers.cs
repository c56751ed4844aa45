using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Benchmarks;

/// <summary>Concurrent virtual users over HTTP: each repeats one iteration, back to back, until time is up.</summary>
public static class VirtualUsers
{
    /// <summary>A client that opens up to one connection per user, so no user waits for another's connection.</summary>
    public static HttpClient Client(Uri baseAddress, int users) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = users }) { BaseAddress = baseAddress };

    /// <summary>A bearer token for a demo account from the token API (the same for every virtual user).</summary>
    public static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>
    /// Runs <paramref name="users"/> users for <paramref name="seconds"/>; <paramref name="iteration"/> gets the user's
    /// iteration number. Returns the time until the last user finished its last iteration (a little over the seconds).
    /// </summary>
    public static async Task<TimeSpan> RunAsync(int users, int seconds, Func<int, Task> iteration)
    {
        var started = Stopwatch.GetTimestamp();
        var until = started + (seconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; Stopwatch.GetTimestamp() < until; i++)
            {
                await iteration(i);
            }
        })));
        return Stopwatch.GetElapsedTime(started);
    }
}
