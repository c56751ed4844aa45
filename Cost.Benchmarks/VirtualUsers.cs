using System.Diagnostics;

namespace Cost.Benchmarks;

/// <summary>Concurrent virtual users over HTTP: each repeats one iteration, back to back, until time is up.</summary>
public static class VirtualUsers
{
    /// <summary>A client that opens up to one connection per user, so no user waits for another's connection.</summary>
    public static HttpClient Client(Uri baseAddress, int users) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = users }) { BaseAddress = baseAddress };

    /// <summary>Runs <paramref name="users"/> users for <paramref name="seconds"/>; <paramref name="iteration"/> gets the user's iteration number.</summary>
    public static Task RunAsync(int users, int seconds, Func<int, Task> iteration)
    {
        var until = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; Stopwatch.GetTimestamp() < until; i++)
            {
                await iteration(i);
            }
        })));
    }
}
