namespace Cost.Exchange.Client;

/// <summary>Where a feed follower keeps its cursor between runs.</summary>
public interface ICursorStore
{
    Task<string?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(string cursor, CancellationToken cancellationToken);
}

/// <summary>A cursor in a file, replaced atomically (written beside it, then moved over it).</summary>
public sealed class FileCursorStore(string path) : ICursorStore
{
    public async Task<string?> LoadAsync(CancellationToken cancellationToken) =>
        File.Exists(path) ? (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim() is { Length: > 0 } cursor ? cursor : null : null;

    public async Task SaveAsync(string cursor, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, cursor, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>
/// Follows the ceiling-price change feed: hands each filed version to the handler in filing order, exactly once across
/// restarts as long as the handler finishes before the cursor is saved — the cursor is saved after each page, so a
/// crash in the middle of a page hands that page's versions again (handle them idempotently, e.g. by tender and version).
/// </summary>
public sealed class FeedFollower(ExchangeClient client, ICursorStore cursors, int pageSize = 100)
{
    /// <summary>Reads every page there is now; answers how many versions were handed over.</summary>
    public async Task<int> CatchUpAsync(Func<CeilingPrice, CancellationToken, Task> handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var cursor = await cursors.LoadAsync(cancellationToken).ConfigureAwait(false);
        var handed = 0;
        while (true)
        {
            var page = await client.GetCeilingPricesAsync(cursor, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count == 0)
            {
                return handed;
            }

            foreach (var version in page.Items)
            {
                await handle(version, cancellationToken).ConfigureAwait(false);
                handed++;
            }

            cursor = page.Next;
            await cursors.SaveAsync(cursor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Catches up, then again every <paramref name="interval"/>, until cancelled.</summary>
    public async Task FollowAsync(Func<CeilingPrice, CancellationToken, Task> handle, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            await CatchUpAsync(handle, cancellationToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }
}
