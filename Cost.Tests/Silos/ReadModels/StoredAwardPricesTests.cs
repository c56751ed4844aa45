using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Tests.Silos.ReadModels;

/// <summary>Award prices for the indicators come from the awards the exchange stores, in yuan.</summary>
public sealed class StoredAwardPricesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cost-awards-").FullName;

    private CostDatabase Database => new(StoreEngine.Sqlite, $"Data Source={Path.Combine(_folder, "awards.db")};Pooling=False");

    [Fact]
    public async Task A_store_without_awards_has_none()
    {
        await MigrationRunner.ApplyAsync(Database);
        Assert.Empty(await new StoredAwardPrices(Database).AwardPricesAsync());
    }

    [Fact]
    public async Task Awards_are_read_in_yuan_with_their_month_in_bureau_time()
    {
        await MigrationRunner.ApplyAsync(Database);
        await using (var connection = await Database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO firms (credit_code, name, created_at) VALUES ('91610113MA6W8K3Q77', '陕西秦川工程造价咨询有限公司', '2026-11-01T09:00:00.000+08:00');
                INSERT INTO tender_projects (tender_code, name, region, project_type, rule_set, firm_credit_code, created_by, created_at, current_version, current_status, row_version)
                VALUES ('XA-2026-0001', '西安市某中学教学楼', '610113', 'school', 'GB/T50500-2024', '91610113MA6W8K3Q77', 'seed', '2026-11-01T09:00:00.000+08:00', 1, 'locked', 3);
                INSERT INTO tender_awards (tender_code, winner_credit_code, winner_name, price, awarded_at, ceiling_version, client_id, idempotency_key, recorded_at)
                VALUES ('XA-2026-0001', '91610112MA6TX2LC1W', '某建设集团', '14800000.00', '2026-11-30T17:30:00Z', 1, 'platform', 'k1', '2026-12-05T10:00:01+08:00');
                """);
        }

        var awards = await new StoredAwardPrices(Database).AwardPricesAsync();

        Assert.Equal(new RecordedAward(14_800_000.00m, new YearMonth(2026, 12)), awards["XA-2026-0001"]);
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
