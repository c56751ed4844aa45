namespace Cost.Silos.Exchange;

/// <summary>
/// The nonces exchange clients used within the replay window (exchange contract: a nonce already seen from that client
/// in the last 10 minutes is refused). A nonce is accepted once, whichever request brings it first, across restarts and
/// across the web fronts of a cluster. Embedded mode has one web front: <see cref="JournalNonceLedger"/>; cluster mode
/// shares the store between its fronts: <see cref="StoreNonceLedger"/>.
/// </summary>
public interface INonceLedger
{
    /// <summary>How long a nonce counts as used.</summary>
    static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Records the nonce; false when the client already used it within <see cref="Window"/> before <paramref name="now"/>.</summary>
    Task<bool> TryUseAsync(string clientId, string nonce, DateTimeOffset now);
}
