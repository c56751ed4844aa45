using System.Net;
using System.Net.Http.Json;
using Cost.Domain.Audit;
using Cost.Silos.Hosting;
using Cost.Tests.Domain.Credit;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static Cost.Tests.Web.AuditTrail;

namespace Cost.Tests.Web;

/// <summary>
/// The embedded store is backed up while the system runs and restores to the same outputs;
/// rows edited behind the system's back are named by the verify endpoint and command; a changed
/// configuration is logged once. Each test starts a second system on a backup of the shared store.
/// </summary>
[Collection(WebSuite.Name)]
[Trait("Store", "sqlite")] // copies the SQLite file; the cluster tests back up PostgreSQL with pg_dump
public sealed class AuditBackupTests(CostWebFactory factory) : IDisposable
{
    private static readonly Dictionary<string, string> SameSettings = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("cost-backup-").FullName;

    /// <summary>What the restored system must answer exactly as the original: the log, its verdict, filings, prices, credit.</summary>
    private static readonly string[] Outputs =
    [
        $"/api/audit?take={Cost.Web.Audit.AuditApi.MaxTake}", "/api/audit/verify", "/api/projects", "/api/public/firms",
        "/api/public/info-prices/610100/2026-10", "/exchange/v1/ceiling-prices?limit=500",
    ];

    [Fact]
    public async Task A_backup_taken_while_the_system_runs_holds_and_restores_to_the_same_outputs()
    {
        var bureau = await factory.BureauAsync();
        var firm = CreditBuilder.NewCode();
        Assert.Equal(HttpStatusCode.Created, (await bureau.PostAsJsonAsync("/api/firms", new { creditCode = firm, name = "备份测试造价咨询有限公司" })).StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var writes = Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            bureau.PostAsJsonAsync($"/api/firms/{firm}/records", new { ruleCode = "G01", occurredOn = today, note = $"备份期间写入第 {i} 条" })));
        var during = await CommandAsync(factory.DatabasePath, "backup", Path.Combine(_folder, "during.db"));
        await writes;
        Assert.Equal(0, during.ExitCode);
        Assert.Contains("审计链完好", during.Output, StringComparison.Ordinal);

        var restored = Directory.CreateDirectory(Path.Combine(_folder, "restored")).FullName;
        var backup = await CommandAsync(factory.DatabasePath, "backup", Path.Combine(_folder, "cost.bak"));
        Assert.Equal(0, backup.ExitCode);
        File.Copy(Path.Combine(_folder, "cost.bak"), Path.Combine(restored, "cost.db"));
        await using var restart = new CostWebFactory(restored, SameSettings);

        foreach (var path in Outputs)
        {
            Assert.Equal(await OutputAsync(factory, path), await OutputAsync(restart, path));
        }
    }

    [Fact]
    public async Task Rows_edited_behind_the_systems_back_are_named_by_the_endpoint_and_the_command()
    {
        await using var copy = await CopyAsync(SameSettings);
        await using var connection = await copy.Services.GetRequiredService<CostDatabase>().OpenAsync();
        Assert.Equal(0, (await CommandAsync(copy.DatabasePath, "audit", "verify")).ExitCode);

        // The filed sample's ceiling price, lowered by 1,000 yuan in its row: the first entry that recorded it is named.
        var sample = await connection.ExecuteScalarAsync<long>(
            "SELECT MIN(seq) FROM audit_log WHERE subject = 'XA-2026-0001' AND action LIKE 'ceiling-price.%'");
        const string edit = "UPDATE tender_versions SET total_fen = total_fen + @fen WHERE tender_code = 'XA-2026-0001' AND version = 1";
        await connection.ExecuteAsync(edit, new { fen = -100_000 });
        await AssertNamedAsync(copy, sample, "在系统之外被改动");
        await connection.ExecuteAsync(edit, new { fen = 100_000 });
        Assert.True((await VerifyAsync(copy)).GetProperty("ok").GetBoolean());

        // A credit record's rule code, changed in its audit entry.
        var record = await connection.ExecuteScalarAsync<long>("SELECT MIN(seq) FROM audit_log WHERE action = @action", new { action = AuditActions.CreditRecorded });
        await connection.ExecuteAsync("UPDATE audit_log SET payload_json = REPLACE(payload_json, '\"ruleCode\":\"', '\"ruleCode\":\"X') WHERE seq = @record", new { record });
        await AssertNamedAsync(copy, record, "内容与哈希不符");
    }

    [Fact]
    public async Task A_changed_configuration_is_logged_once_with_the_keys_that_changed()
    {
        var changed = new Dictionary<string, string>
        {
            ["Exchange:Clients:hook:Secret"] = "hook-secret-2026",
            ["Exchange:Clients:hook:PushUrl"] = "http://127.0.0.1:9/notices",
            ["Jobs:CreditNightly:Cron"] = "0 45 1 * * ?",
        };
        var seq = 0L;
        await using (var copy = await CopyAsync(changed))
        {
            var entry = (await EntriesAsync(copy, "configuration"))[^1];
            seq = entry.GetProperty("seq").GetInt64();
            var changes = Facts(entry).GetProperty("changes").EnumerateArray()
                .Select(c => (c.GetProperty("key").GetString(), c.TryGetProperty("from", out var from) ? from.GetString() : null, c.GetProperty("to").GetString()));
            Assert.Equal([("Exchange:Clients:hook:PushUrl", null, "http://127.0.0.1:9/notices"), ("Jobs:credit-nightly:Cron", "0 30 1 * * ?", "0 45 1 * * ?")], changes);
            Assert.DoesNotContain("hook-secret-2026", entry.GetProperty("payloadJson").GetString(), StringComparison.Ordinal);
        }

        await using var again = new CostWebFactory(Path.Combine(_folder, "copy"), changed);
        Assert.Equal(seq, (await EntriesAsync(again, "configuration"))[^1].GetProperty("seq").GetInt64());
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

    /// <summary>A second system started on an online backup of the shared store, with <paramref name="settings"/>.</summary>
    private async Task<CostWebFactory> CopyAsync(IReadOnlyDictionary<string, string> settings)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "copy")).FullName;
        factory.CreateClient().Dispose(); // the shared system starts on first use: back up its seeded store
        Assert.Equal(0, (await CommandAsync(factory.DatabasePath, "backup", Path.Combine(folder, "cost.db"))).ExitCode);
        return new CostWebFactory(folder, settings);
    }

    private static async Task AssertNamedAsync(CostWebFactory system, long seq, string reason)
    {
        var broken = (await VerifyAsync(system)).GetProperty("firstBroken");
        Assert.Equal(seq, broken.GetProperty("seq").GetInt64());
        Assert.Contains(reason, broken.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var (exitCode, output) = await CommandAsync(system.DatabasePath, "audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains($"第 {seq} 条", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
    }

    private static async Task<string> OutputAsync(CostWebFactory system, string path) => path.StartsWith("/exchange", StringComparison.Ordinal)
        ? await (await system.CreateClient().SendAsync(new PlatformSigner().Get(path))).TextAsync()
        : await (await system.BureauAsync()).GetStringAsync(path);
}
