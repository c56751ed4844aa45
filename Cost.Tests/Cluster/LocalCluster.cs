using System.Diagnostics;
using Cost.Tests.Web;
using Npgsql;

namespace Cost.Tests.Cluster;

/// <summary>
/// The cluster of the README, started by the same script (scripts/cluster.sh): PostgreSQL and
/// redis-server as local processes, two silos and the web front as an Orleans client, on the
/// binaries this test run built. The tests kill, hang and restart its processes through the script.
/// </summary>
public sealed class LocalCluster : IAsyncLifetime
{
    private static readonly string Root = FindRoot();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cost-cluster-{Guid.NewGuid():N}"[..24]);
    private Dictionary<string, string> _env = [];

    public Uri Web => new($"http://127.0.0.1:{_env["WEB_PORT"]}");

    public string Database => $"Host=127.0.0.1;Port={_env["PG_PORT"]};Username=cost;Database=cost;Pooling=false"; // the tests stop the database: no stale pooled connections

    /// <summary>A PostgreSQL server connection string without a database (for tests that make their own).</summary>
    public string Server => $"Host=127.0.0.1;Port={_env["PG_PORT"]};Username=cost";

    public string Redis => $"127.0.0.1:{_env["REDIS_PORT"]}";

    public async Task InitializeAsync()
    {
        await ScriptAsync("start", _folder);
    }

    public async Task DisposeAsync()
    {
        await ScriptAsync("stop", _folder);
    }

    /// <summary>Runs scripts/cluster.sh with the arguments (after the folder); fails the test with its output when it fails.</summary>
    public Task RunAsync(string command, params string[] arguments) => ScriptAsync(command, [_folder, .. arguments]);

    public int SiloProcess(int silo) => int.Parse(_env[$"SILO{silo}_PID"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts again every silo whose process has ended (after a test killed it).</summary>
    public async Task EnsureSilosAsync()
    {
        foreach (var silo in new[] { 1, 2 })
        {
            if (!IsRunning(SiloProcess(silo)))
            {
                await RunAsync("silo", silo.ToString(System.Globalization.CultureInfo.InvariantCulture), "start");
            }
        }
    }

    public HttpClient Client() => new() { BaseAddress = Web, Timeout = TimeSpan.FromSeconds(60) };

    public Task<HttpClient> SignedInAsync(string userName, string password) => Client().SignInAsync(userName, password);

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(Database);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, parameters);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task ScriptAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "scripts", "cluster.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(command);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The binaries of this test run (Debug or Release), not a new build; PostgreSQL without fsync (a test's data is thrown away).
        start.Environment["COST_BUILD"] = "0";
        start.Environment["COST_CONFIGURATION"] = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        start.Environment["COST_PG_OPTIONS"] = "-c fsync=off -c synchronous_commit=off";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/cluster.sh {command} failed ({process.ExitCode}): {await output}{await error}{Logs()}");
        }

        if (command != "stop")
        {
            _env = File.ReadAllLines(Path.Combine(_folder, "cluster.env"))
                .Select(l => l.Split('=', 2))
                .ToDictionary(p => p[0], p => p[1]);
        }
    }

    /// <summary>The tail of each process's log, so a failure in CI says what the processes said.</summary>
    private string Logs() =>
        string.Concat(Directory.Exists(_folder)
            ? Directory.GetFiles(_folder, "*.log").Select(f => $"\n--- {Path.GetFileName(f)}\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}")
            : []);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CostSystem.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CostSystem.sln not found above the test binaries.");
    }
}

/// <summary>
/// The cluster tests run alone, after the others: their time limits (5 s after a kill, 15 s after a
/// hang) are about the cluster, not about two cores shared with a browser and other test systems.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterSuite : ICollectionFixture<LocalCluster>
{
    public const string Name = "cluster";
}
