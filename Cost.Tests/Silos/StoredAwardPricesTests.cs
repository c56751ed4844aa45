using Cost.Silos.Store;
using Dapper;

namespace Cost.Tests.Silos;

/// <summary>Award prices for the indicators: none while tender_awards does not exist; read from price_fen or price when it does.</summary>
public sealed class StoredAwardPricesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cost-awards-").FullName;

    private CostDatabase Database => new($"Data Source={Path.Combine(_folder, "awards.db")};Pooling=False");

    [Fact]
    public async Task Without_the_awards_table_there_are_no_awards() =>
        Assert.Empty(await new StoredAwardPrices(Database).AwardPricesAsync());

    [Theory]
    [InlineData("price_fen BIGINT", "1480000000", 14_800_000.00)]
    [InlineData("price TEXT", "'14800000.00'", 14_800_000.00)]
    public async Task Awards_are_read_in_yuan(string column, string value, double expected)
    {
        await using (var connection = await Database.OpenAsync())
        {
            await connection.ExecuteAsync($"CREATE TABLE tender_awards (tender_code VARCHAR(40) NOT NULL, {column} NOT NULL, awarded_at TEXT NULL)");
            await connection.ExecuteAsync($"INSERT INTO tender_awards (tender_code, {column.Split(' ')[0]}) VALUES ('XA-2026-0001', {value})");
        }

        var awards = await new StoredAwardPrices(Database).AwardPricesAsync();

        Assert.Equal((decimal)expected, awards["XA-2026-0001"]);
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
