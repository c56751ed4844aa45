using System.Data.Common;
using Cost.Silos.Hosting;

namespace Cost.Silos.Store;

/// <summary>
/// What a grain answers when the store failed under it. The drivers' exceptions have no Orleans
/// codec (they could not cross to the web front), so they become exceptions that can: the database
/// away → <see cref="StoreUnavailableException"/> (503), any other database error →
/// <see cref="InvalidOperationException"/> with its message (500). Used by the grain call filter and
/// by the grains' activations, which run outside it.
/// </summary>
public static class StoreFaults
{
    public static async Task GuardAsync(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    public static Exception? Translate(Exception e) => e switch
    {
        StoreUnavailableException => null,
        _ when CostDatabase.IsUnavailable(e) => new StoreUnavailableException($"数据库暂时无法连接，请稍后重试；本次操作没有保存任何内容。（{e.Message}）"),
        DbException => new InvalidOperationException($"数据库错误：{e.Message}"),
        _ => null,
    };
}
