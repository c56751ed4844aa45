using System.Diagnostics;
using Cost.Tests.Web;
using Dapper;
using Npgsql;

namespace Cost.Tests.Cluster;

/// <summary>
/// Cluster mode's backup is pg_dump (README, "审计与备份"): a dump of the running cluster's store
/// restores to the same rows and an intact audit chain, and a row edited behind the system's back in
/// the restored copy is named by the verify command.
/// </summary>
[Collection(ClusterSuite.Name)]
public sealed class PostgresBackupTests(LocalCluster cluster)
{
    private static readonly string[] Tables = ["tender_projects", "tender_versions", "filings", "info_prices", "price_revisions", "price_indices", "credit_records", "audit_log"];

    [Fact]
    public async Task A_pg_dump_of_the_running_cluster_restores_to_the_same_rows_and_a_verified_chain()
    {
        var dump = Path.Combine(Path.GetTempPath(), $"cost-{Guid.NewGuid():N}.dump");
        var restored = $"cost_restored_{Guid.NewGuid():N}"[..24];
        try
        {
            await RunAsync("pg_dump", "-Fc", "-h", "127.0.0.1", "-p", Port, "-U", "cost", "-f", dump, "cost");
            CostWebFactory.CreateDatabase(cluster.Server, restored);

            await RunAsync("pg_restore", "-h", "127.0.0.1", "-p", Port, "-U", "cost", "-d", restored, "--no-owner", dump);

            await using var original = new NpgsqlConnection(cluster.Database);
            await using var copy = new NpgsqlConnection($"{cluster.Server};Database={restored};Pooling=false");
            foreach (var table in Tables)
            {
                Assert.Equal(await original.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}"), await copy.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}"));
            }

            var settings = new Dictionary<string, string?> { ["Cost:Mode"] = "cluster", ["ConnectionStrings:Cost"] = $"{cluster.Server};Database={restored};Pooling=false" };
            Assert.Equal(0, (await AuditTrail.CommandAsync(settings, "audit", "verify")).ExitCode);

            await copy.ExecuteAsync("UPDATE tender_versions SET total_fen = total_fen - 100000 WHERE tender_code = 'XA-2026-0001' AND version = 1");
            var (exitCode, output) = await AuditTrail.CommandAsync(settings, "audit", "verify");
            Assert.Equal(1, exitCode);
            Assert.Contains("在系统之外被改动", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private string Port => new NpgsqlConnectionStringBuilder(cluster.Database).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program}: {await error}");
    }
}
