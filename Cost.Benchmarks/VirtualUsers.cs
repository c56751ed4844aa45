using System.Diagnostics;

namespace Cost.Benchmarks;

/// <summary>Concurrent virtual users over HTTP: each repeats one iteration, back to back, until time is up.</summary>
public static class VirtualUsers
{
    /// <summary>A client that opens up to one connection per user, so no user waits for another's connection.</summary>
    public static HttpClient Client(Uri baseAddress, int users) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = users }) { BaseAddress = baseAddress };

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
