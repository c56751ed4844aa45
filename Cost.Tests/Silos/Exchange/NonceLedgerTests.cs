using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.Store;

namespace Cost.Tests.Silos.Exchange;

/// <summary>The exchange's nonce ledger on a store of its own: a nonce is accepted once per window, by whichever ledger sees it.</summary>
public sealed class NonceLedgerTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("cost-nonces-").FullName;

    private CostDatabase Database => new(StoreEngine.Sqlite, $"Data Source={Path.Combine(_folder, "nonces.db")}");

    public async Task InitializeAsync() => await MigrationRunner.ApplyAsync(Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Many_requests_with_one_nonce_at_once_are_accepted_exactly_once_and_others_each_once()
    {
        await using var ledger = new NonceLedger(Database);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => ledger.TryUseAsync("platform", i % 2 == 0 ? "the-same-nonce-000" : $"nonce-{i:D12}", Now, Window))));

        Assert.Equal(1, Enumerable.Range(0, 200).Count(i => i % 2 == 0 && answers[i]));
        Assert.All(Enumerable.Range(0, 200).Where(i => i % 2 == 1), i => Assert.True(answers[i]));
    }

    [Fact]
    public async Task A_nonce_is_refused_by_a_restarted_or_second_ledger_on_the_same_store()
    {
        await using (var first = new NonceLedger(Database))
        {
            Assert.True(await first.TryUseAsync("platform", "restart-nonce-0001", Now, Window));
        }

        await using var restarted = new NonceLedger(Database);
        await using var otherFront = new NonceLedger(Database);
        Assert.False(await restarted.TryUseAsync("platform", "restart-nonce-0001", Now.AddMinutes(1), Window));
        Assert.False(await otherFront.TryUseAsync("platform", "restart-nonce-0001", Now.AddMinutes(2), Window));
        Assert.True(await otherFront.TryUseAsync("another-client", "restart-nonce-0001", Now.AddMinutes(2), Window));
    }

    [Fact]
    public async Task A_nonce_older_than_the_window_may_be_used_again_once()
    {
        await using var ledger = new NonceLedger(Database);
        Assert.True(await ledger.TryUseAsync("platform", "window-nonce-0001", Now, Window));
        Assert.False(await ledger.TryUseAsync("platform", "window-nonce-0001", Now + Window, Window));

        var later = Now + Window + TimeSpan.FromSeconds(1);
        var again = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ledger.TryUseAsync("platform", "window-nonce-0001", later, Window))));
        Assert.Single(again, fresh => fresh);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
