using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Winning bids from the tender_awards table when it exists (the award price as integer fen in
/// price_fen or as decimal text in price); no awards while the table is absent.
/// </summary>
public sealed class StoredAwardPrices(CostDatabase database) : IAwardPrices
{
    public async Task<IReadOnlyDictionary<string, decimal>> AwardPricesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<IDictionary<string, object?>> rows;
        try
        {
            rows = (await connection.QueryAsync("SELECT * FROM tender_awards").ConfigureAwait(false)).Cast<IDictionary<string, object?>>();
        }
        catch (DbException)
        {
            return new Dictionary<string, decimal>();
        }

        var awards = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.TryGetValue("tender_code", out var code) && code is string tender && Price(row) is { } price)
            {
                awards[tender] = price;
            }
        }

        return awards;
    }

    private static decimal? Price(IDictionary<string, object?> row) =>
        row.TryGetValue("price_fen", out var fen) && fen is not null ? Convert.ToDecimal(fen, CultureInfo.InvariantCulture) / 100m
        : row.TryGetValue("price", out var price) && price is not null ? Convert.ToDecimal(price, CultureInfo.InvariantCulture)
        : null;
}
