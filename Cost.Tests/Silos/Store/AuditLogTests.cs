using Cost.Domain.Audit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Tests.Silos.Store;

/// <summary>The audit log on a store of its own: appends serialize into one chain, roll back with their change, and write canonical JSON.</summary>
public sealed class AuditLogTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Directory.CreateTempSubdirectory("cost-audit-").FullName;

    private CostDatabase Database => new(StoreEngine.Sqlite, $"Data Source={Path.Combine(_folder, "audit.db")}");

    [Fact]
    public async Task Concurrent_appenders_leave_one_unbroken_chain()
    {
        await MigrationRunner.ApplyAsync(Database);
        var log = new AuditQueries(Database);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 1; i <= 25; i++)
            {
                await AppendAsync(new AuditEntry(At, $"writer-{writer}", "test.appended", $"w{writer}", new { writer, i }));
            }
        })));

        var verdict = await log.VerifyAsync();
        Assert.True(verdict.Ok, verdict.FirstBroken?.Reason);
        Assert.Equal(200, verdict.Entries);
        Assert.Equal(200, verdict.Head.Seq);
    }

    [Fact]
    public async Task An_entry_rolls_back_with_the_change_it_records()
    {
        await MigrationRunner.ApplyAsync(Database);
        await using (var connection = await Database.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            Assert.Equal(1, await AuditLog.AppendAsync(connection, transaction, new AuditEntry(At, "bureau", "test.appended", "rolled-back", new { })));
            await transaction.RollbackAsync();
        }

        var log = new AuditQueries(Database);
        Assert.Equal(new AuditHead(0, AuditChain.Genesis), (await log.VerifyAsync()).Head);
        await AppendAsync(new AuditEntry(At, "bureau", "test.appended", "kept", new { }));
        var verdict = await log.VerifyAsync();
        Assert.True(verdict.Ok);
        Assert.Equal(1, verdict.Head.Seq);
    }

    [Fact]
    public async Task Facts_are_written_as_compact_JSON_with_keys_in_order_at_every_level()
    {
        await MigrationRunner.ApplyAsync(Database);
        var log = new AuditQueries(Database);

        await AppendAsync(new AuditEntry(At, "bureau", "test.appended", "XA-2026-0001", new { version = 1, total = 15357481.37m, file = new { sha256 = "ab", name = "清单.xlsx" } }));

        var entry = Assert.Single(await log.PageAsync(null, 10));
        Assert.Equal("""{"file":{"name":"清单.xlsx","sha256":"ab"},"total":15357481.37,"version":1}""", entry.PayloadJson);
        Assert.Equal("2026-11-02T09:30:00.000+08:00", entry.OccurredAt);
    }

    [Fact]
    public async Task A_line_break_in_the_actor_action_or_subject_is_refused()
    {
        await MigrationRunner.ApplyAsync(Database);

        await Assert.ThrowsAsync<ArgumentException>(() => AppendAsync(new AuditEntry(At, "bureau", "test.appended", "a\nb", new { })));
        await using var connection = await Database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log"));
    }

    [Fact]
    public async Task A_change_decided_on_the_latest_entry_is_appended_once_by_processes_starting_together()
    {
        await MigrationRunner.ApplyAsync(Database);
        var log = new AuditLog(Database);

        var appended = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ => Task.Run(() =>
            log.AppendAfterLatestAsync("config.changed", last => last is null ? new AuditEntry(At, "system", "config.changed", "configuration", new { }) : null))));

        Assert.Single(appended, a => a);
        Assert.Equal(1, (await new AuditQueries(Database).VerifyAsync()).Entries);
    }

    /// <summary>Appends in a transaction of its own, as a store does with its change.</summary>
    private async Task AppendAsync(AuditEntry entry)
    {
        await using var connection = await Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await AuditLog.AppendAsync(connection, transaction, entry);
        await transaction.CommitAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans temp folders.
        }
    }
}
