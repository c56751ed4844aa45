using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The winning bids the platform recorded (table tender_awards, price in yuan as decimal text), by tender code.</summary>
public sealed class StoredAwardPrices(CostDatabase database) : IAwardPrices
{
    public async Task<IReadOnlyDictionary<string, decimal>> AwardPricesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string TenderCode, string Price)>(
            "SELECT tender_code, price FROM tender_awards").ConfigureAwait(false);
        return rows.ToDictionary(r => r.TenderCode, r => Decimals.Read(r.Price), StringComparer.Ordinal);
    }
}
