using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.Store;

namespace Cost.Tests.Silos.Exchange;

/// <summary>
/// The exchange's nonce ledgers, each on a folder of its own: a nonce is accepted once per window, by whichever ledger
/// sees it — embedded mode's journal (one process, read back after a restart) and cluster mode's store table (shared by fronts).
/// </summary>
public sealed class NonceLedgerTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Window = INonceLedger.Window;

    private readonly string _folder = Directory.CreateTempSubdirectory("cost-nonces-").FullName;

    public static TheoryData<string> Kinds => ["journal", "store"];

    private CostDatabase Database => new(StoreEngine.Sqlite, $"Data Source={Path.Combine(_folder, "nonces.db")}");

    private string Journal => JournalNonceLedger.FolderFor(Path.Combine(_folder, "nonces.db"));

    public async Task InitializeAsync() => await MigrationRunner.ApplyAsync(Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Many_requests_with_one_nonce_at_once_are_accepted_exactly_once_and_others_each_once(string kind)
    {
        await using var ledger = Open(kind);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => ledger.Ledger.TryUseAsync("platform", i % 2 == 0 ? "the-same-nonce-000" : $"nonce-{i:D12}", Now))));

        Assert.Equal(1, Enumerable.Range(0, 200).Count(i => i % 2 == 0 && answers[i]));
        Assert.All(Enumerable.Range(0, 200).Where(i => i % 2 == 1), i => Assert.True(answers[i]));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_nonce_is_refused_by_a_restarted_ledger_and_still_free_for_another_client(string kind)
    {
        await using (var first = Open(kind))
        {
            Assert.True(await first.Ledger.TryUseAsync("platform", "restart-nonce-0001", Now));
            Assert.True(await first.Ledger.TryUseAsync("平台 2", "restart-nonce-0002", Now));
        }

        await using var restarted = Open(kind);
        Assert.False(await restarted.Ledger.TryUseAsync("platform", "restart-nonce-0001", Now.AddMinutes(1)));
        Assert.False(await restarted.Ledger.TryUseAsync("平台 2", "restart-nonce-0002", Now.AddMinutes(1)));
        Assert.True(await restarted.Ledger.TryUseAsync("another-client", "restart-nonce-0001", Now.AddMinutes(2)));
    }

    [Fact]
    public async Task Cluster_fronts_sharing_the_store_refuse_each_others_nonces()
    {
        await using var one = new StoreNonceLedger(Database);
        await using var other = new StoreNonceLedger(Database);
        Assert.True(await one.TryUseAsync("platform", "front-nonce-00001", Now));
        Assert.False(await other.TryUseAsync("platform", "front-nonce-00001", Now.AddSeconds(1)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_nonce_older_than_the_window_may_be_used_again_once(string kind)
    {
        await using var ledger = Open(kind);
        Assert.True(await ledger.Ledger.TryUseAsync("platform", "window-nonce-0001", Now));
        Assert.False(await ledger.Ledger.TryUseAsync("platform", "window-nonce-0001", Now + Window));

        var later = Now + Window + TimeSpan.FromSeconds(1);
        var again = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ledger.Ledger.TryUseAsync("platform", "window-nonce-0001", later))));
        Assert.Single(again, fresh => fresh);
    }

    [Fact]
    public async Task The_journal_keeps_two_windows_of_segments_and_forgets_a_line_cut_short_by_a_crash()
    {
        using (var ledger = new JournalNonceLedger(Journal))
        {
            await ledger.TryUseAsync("platform", "segment-nonce-001", Now);
            await ledger.TryUseAsync("platform", "segment-nonce-002", Now + Window);
            await ledger.TryUseAsync("platform", "segment-nonce-003", Now + 2 * Window);
            await ledger.TryUseAsync("platform", "segment-nonce-004", Now + 3 * Window);
        }

        Assert.Equal(2, Directory.GetFiles(Journal, "*.log").Length);
        var newest = Directory.GetFiles(Journal, "*.log").Max()!;
        var seconds = (Now + 3 * Window).ToUnixTimeSeconds();
        File.AppendAllText(newest, $"{seconds} platform torn-nonce-000001");

        using (var restarted = new JournalNonceLedger(Journal))
        {
            Assert.False(await restarted.TryUseAsync("platform", "segment-nonce-004", Now + 3 * Window));
            Assert.True(await restarted.TryUseAsync("platform", "torn-nonce-000001", Now + 3 * Window));
        }

        using var again = new JournalNonceLedger(Journal);
        Assert.False(await again.TryUseAsync("platform", "torn-nonce-000001", Now + 3 * Window));
    }

    [Fact]
    public async Task A_second_process_on_the_same_store_is_refused_rather_than_let_replays_through()
    {
        using var running = new JournalNonceLedger(Journal);
        Assert.True(await running.TryUseAsync("platform", "running-nonce-001", Now));

        using var second = new JournalNonceLedger(Journal);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => second.TryUseAsync("platform", "running-nonce-001", Now));
        Assert.Contains("另一个进程", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_in_memory_keeps_its_nonces_in_memory()
    {
        using var ledger = new JournalNonceLedger(null);
        Assert.True(await ledger.TryUseAsync("platform", "memory-nonce-0001", Now));
        Assert.False(await ledger.TryUseAsync("platform", "memory-nonce-0001", Now));
        Assert.Null(new CostDatabase(StoreEngine.Sqlite, "Data Source=:memory:").File);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Opened Open(string kind) => kind == "journal" ? new Opened(new JournalNonceLedger(Journal)) : new Opened(new StoreNonceLedger(Database));

    /// <summary>Either ledger, disposed as its kind is.</summary>
    private sealed record Opened(INonceLedger Ledger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            switch (Ledger)
            {
                case IAsyncDisposable asynchronous:
                    await asynchronous.DisposeAsync();
                    break;
                case IDisposable synchronous:
                    synchronous.Dispose();
                    break;
            }
        }
    }
}
