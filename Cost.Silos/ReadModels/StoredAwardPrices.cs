using Cost.Contracts;
using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The winning bids the platform recorded (table tender_awards, price in yuan as decimal text) and their months, by tender code.</summary>
public sealed class StoredAwardPrices(CostDatabase database) : IAwardPrices
{
    public async Task<IReadOnlyDictionary<string, RecordedAward>> AwardPricesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string TenderCode, string Price, string AwardedAt)>(
            "SELECT tender_code, price, awarded_at FROM tender_awards").ConfigureAwait(false);
        return rows.ToDictionary(r => r.TenderCode,
            r => new RecordedAward(Decimals.Read(r.Price), YearMonth.Of(DateOnly.FromDateTime(Times.Read(r.AwardedAt).ToOffset(BureauTime.Offset).DateTime))),
            StringComparer.Ordinal);
    }
}
