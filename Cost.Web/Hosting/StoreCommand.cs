using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Audit;

namespace Cost.Web.Hosting;

/// <summary>
/// The operator's commands, run instead of the web server when Cost.Web starts with them:
/// <c>audit verify</c> walks the audit chain (exit 0 intact, 1 broken, naming the first broken entry),
/// <c>backup &lt;file&gt;</c> copies the SQLite store with SQLite's online backup while the system
/// runs, <c>rebuild aggregates</c> builds the indicator aggregates anew from the filings, and
/// <c>accounts add-bureau &lt;name&gt;</c> creates the first bureau account (<see cref="AddBureauCommand"/>),
/// migrating the store first, so that it also works before the first start. All open the store the
/// configuration names (ConnectionStrings:Cost, SQLite or PostgreSQL); arguments after the command are
/// configuration, as they are for the server. Exit 2: the command could not run.
/// </summary>
public sealed class StoreCommand
{
    private const string Usage = "用法：dotnet run --project Cost.Web -- audit verify | backup <备份文件> | rebuild aggregates | accounts add-bureau <用户名>";

    private readonly Func<IServiceProvider, TextReader, TextWriter, CancellationToken, Task<int>>? _run;

    /// <summary>Whether the command brings the store up to date (creating an embedded one) before it runs.</summary>
    private readonly bool _readiesStore;

    private StoreCommand(Func<IServiceProvider, TextReader, TextWriter, CancellationToken, Task<int>>? run, string[] settings, bool readiesStore = false) =>
        (_run, Settings, _readiesStore) = (run, settings, readiesStore);

    /// <summary>The arguments after the command: configuration such as --ConnectionStrings:Cost=….</summary>
    public string[] Settings { get; }

    /// <summary>The command <paramref name="args"/> name, or null when they name none (the server starts).</summary>
    public static StoreCommand? Parse(string[] args) => args switch
    {
        ["audit", "verify", .. var rest] => new((s, _, o, t) => VerifyAsync(s, o, t), rest),
        ["backup", var file, .. var rest] when !file.StartsWith('-') => new((s, _, o, t) => BackupAsync(s, file, o, t), rest),
        ["rebuild", "aggregates", .. var rest] => new((s, _, o, t) => RebuildAsync(s, o, t), rest),
        ["accounts", "add-bureau", var name, .. var rest] when !name.StartsWith('-') => new((s, i, o, t) => AddBureauCommand.RunAsync(s, name, i, o, t), rest, readiesStore: true),
        ["audit" or "backup" or "rebuild" or "accounts", ..] => new(null, []),
        _ => null,
    };

    /// <summary>Runs the command; one that asks for something (a password) reads it as a line from <paramref name="input"/>.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(IConfiguration configuration, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (_run is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var services = new ServiceCollection().AddCostCore(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<StoreMaintenance>();
        if (store.IsMissing && !_readiesStore)
        {
            await output.WriteLineAsync($"存储 {store.Description} 不存在：请检查 ConnectionStrings:Cost。");
            return 2;
        }

        try
        {
            if (_readiesStore)
            {
                await ActivatorUtilities.CreateInstance<StoreSetup>(services).MigrateAsync(cancellationToken);
            }

            return await _run(services, input, output, cancellationToken);
        }
        catch (Exception e) when (StoreMaintenance.CannotRead(e))
        {
            await output.WriteLineAsync($"无法读取存储 {store.Description}：{e.Message}（系统在该存储上启动过一次，审计表才会建立。）");
            return 2;
        }
    }

    private static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var verdict = await services.GetRequiredService<AuditQueries>().VerifyAsync(cancellationToken);
        await output.WriteLineAsync(AuditText.Verdict(verdict));
        return verdict.Ok ? 0 : 1;
    }

    private static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var (tenders, lines) = await services.GetRequiredService<StoreMaintenance>().RebuildAggregatesAsync(DateTimeOffset.UtcNow, cancellationToken);
        await output.WriteLineAsync($"已按各项目最新备案版本重建造价指标和综合单价汇总：{tenders:N0} 个项目，{lines:N0} 条已计价清单项。");
        return 0;
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string file, TextWriter output, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            await output.WriteLineAsync($"备份文件 {target} 已存在：请换一个文件名，已有的备份不会被覆盖。");
            return 2;
        }

        var store = services.GetRequiredService<StoreMaintenance>();
        if (!store.IsEmbedded)
        {
            await output.WriteLineAsync("backup 只用于嵌入式 SQLite 存储；PostgreSQL 存储请用 pg_dump -Fc 备份（见 README“审计与备份”）。");
            return 2;
        }

        var verdict = await store.BackupAsync(target, cancellationToken);
        await output.WriteLineAsync($"已将 {store.Description} 备份到 {target}（{new FileInfo(target).Length:N0} 字节）。备份中的{AuditText.Verdict(verdict)}");
        return verdict.Ok ? 0 : 1;
    }
}
