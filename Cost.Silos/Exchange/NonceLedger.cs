using System.Data.Common;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// Nonces seen from exchange clients. Kept in the store, so a replay is refused across restarts and
/// across the processes of a cluster; entries older than the replay window are dropped as new ones come.
/// </summary>
public sealed class NonceLedger(CostDatabase database)
{
    /// <summary>Records the nonce; false when the client already used it within <paramref name="window"/>.</summary>
    public async Task<bool> TryUseAsync(string clientId, string nonce, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM exchange_nonces WHERE seen_at < @cutoff",
            new { cutoff = nowSeconds - (long)window.TotalSeconds }).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync("INSERT INTO exchange_nonces (client_id, nonce, seen_at) VALUES (@clientId, @nonce, @nowSeconds)",
                new { clientId, nonce, nowSeconds }).ConfigureAwait(false);
            return true;
        }
        catch (DbException e) when (CostDatabase.IsUniqueViolation(e))
        {
            return false;
        }
    }
}
