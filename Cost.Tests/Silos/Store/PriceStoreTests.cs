using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Microsoft.Data.Sqlite;

namespace Cost.Tests.Silos.Store;

/// <summary>The price store on a store of its own: what the month's close reads as each series' last published price.</summary>
public sealed class PriceStoreTests : IDisposable
{
    private const string Region = "610100";
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Directory.CreateTempSubdirectory("cost-prices-").FullName;

    private CostDatabase Database => new(StoreEngine.Sqlite, $"Data Source={Path.Combine(_folder, "prices.db")}");

    private static InfoPrice Price(string code, decimal inclTax) => new(code, "", "材料", "t", "钢材", inclTax, inclTax, 0.13m, 3, false, false);

    private static async Task PublishAsync(PriceStore store, YearMonth period, params Publication[] revisions)
    {
        var rowVersion = await store.SaveDraftsAsync(Region, period, [], At, 0);
        for (var r = 0; r < revisions.Length; r++)
        {
            rowVersion = await store.PublishAsync(Region, period, r + 1, revisions[r], "bureau", At, rowVersion);
        }
    }

    private static Publication Of(params InfoPrice[] prices) => new([.. prices], 0, 0, []);

    [Fact]
    public async Task The_last_published_price_is_the_latest_revision_of_the_latest_earlier_month_that_published_the_series()
    {
        await MigrationRunner.ApplyAsync(Database);
        var store = new PriceStore(Database);
        await PublishAsync(store, new YearMonth(2026, 8), Of(Price("01010101", 100m), Price("01010102", 200m)));
        await PublishAsync(store, new YearMonth(2026, 9), Of(Price("01010101", 110m)), Of(Price("01010101", 111m)));
        await PublishAsync(store, new YearMonth(2026, 10), Of(Price("01010101", 999m)));

        var last = await store.LastPublishedBeforeAsync(Region, new YearMonth(2026, 10));

        Assert.Equal(111m, last[("01010101", "")]);
        Assert.Equal(200m, last[("01010102", "")]);
        Assert.Equal(2, last.Count);
        Assert.Empty(await store.LastPublishedBeforeAsync(Region, new YearMonth(2026, 8)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
