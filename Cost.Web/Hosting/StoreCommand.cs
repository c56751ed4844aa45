using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Audit;

namespace Cost.Web.Hosting;

/// <summary>
/// The operator's commands, run instead of the web server when Cost.Web starts with them:
/// <c>audit verify</c> walks the audit chain (exit 0 intact, 1 broken, naming the first broken entry)
/// , <c>backup &lt;file&gt;</c> copies the SQLite store with SQLite's online backup while the system
/// runs, and <c>rebuild aggregates</c> builds the indicator aggregates anew from the filings. Both open the store the configuration names (ConnectionStrings:Cost); arguments after the
/// command are configuration, as they are for the server. Exit 2: the command could not run.
/// </summary>
public sealed class StoreCommand
{
    private const string Usage = "用法：dotnet run --project Cost.Web -- audit verify | backup <备份文件> | rebuild aggregates";

    private readonly Func<IServiceProvider, TextWriter, CancellationToken, Task<int>>? _run;

    private StoreCommand(Func<IServiceProvider, TextWriter, CancellationToken, Task<int>>? run, string[] settings) => (_run, Settings) = (run, settings);

    /// <summary>The arguments after the command: configuration such as --ConnectionStrings:Cost=….</summary>
    public string[] Settings { get; }

    /// <summary>The command <paramref name="args"/> name, or null when they name none (the server starts).</summary>
    public static StoreCommand? Parse(string[] args) => args switch
    {
        ["audit", "verify", .. var rest] => new(VerifyAsync, rest),
        ["backup", var file, .. var rest] when !file.StartsWith('-') => new((s, o, t) => BackupAsync(s, file, o, t), rest),
        ["rebuild", "aggregates", .. var rest] => new(RebuildAsync, rest),
        ["audit" or "backup" or "rebuild", ..] => new(null, []),
        _ => null,
    };

    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (_run is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var services = new ServiceCollection().AddCostCore(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<StoreMaintenance>();
        if (store.IsMissing)
        {
            await output.WriteLineAsync($"存储 {store.Description} 不存在：请检查 ConnectionStrings:Cost。");
            return 2;
        }

        try
        {
            return await _run(services, output, cancellationToken);
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
