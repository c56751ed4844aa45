using System.Collections.Concurrent;
using System.Globalization;

namespace Cost.Exchange.Client;

/// <summary>Why a push notice was not accepted; <see cref="Accepted"/> when it was.</summary>
public enum PushVerdict
{
    Accepted,
    MissingHeader,
    UnknownSender,
    StaleTimestamp,
    ReplayedNonce,
    BadSignature,
}

/// <summary>
/// The receiving side of push notices: the system POSTs each notice to the platform signed with the platform's own
/// secret by the same scheme (X-Client-Id is the platform's id). Checks the headers, the clock (±300 s), the signature
/// over this URL's path and query and the body, and that the nonce was not seen in the last 10 minutes (in this
/// process: a receiver behind several nodes keeps nonces in a shared store instead).
/// </summary>
public sealed class PushNoticeVerifier(string clientId, string secret, TimeProvider? clock = null)
{
    private static readonly TimeSpan NonceMemory = TimeSpan.FromMinutes(10);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>Checks a received notice: <paramref name="header"/> reads a request header (null when absent).</summary>
    public PushVerdict Verify(string method, string pathAndQuery, Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(header);
        var (id, timestamp, nonce, signature) = (header(ExchangeSignature.ClientIdHeader), header(ExchangeSignature.TimestampHeader),
            header(ExchangeSignature.NonceHeader), header(ExchangeSignature.SignatureHeader));
        if (id is null || timestamp is null || nonce is null || signature is null)
        {
            return PushVerdict.MissingHeader;
        }

        if (id != clientId)
        {
            return PushVerdict.UnknownSender;
        }

        var now = _clock.GetUtcNow();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > ExchangeSignature.AllowedSkewSeconds)
        {
            return PushVerdict.StaleTimestamp;
        }

        if (!ExchangeSignature.Matches(secret, ExchangeSignature.Canonical(method, pathAndQuery, timestamp, nonce, body), signature))
        {
            return PushVerdict.BadSignature;
        }

        foreach (var (old, at) in _seen)
        {
            if (now - at > NonceMemory)
            {
                _seen.TryRemove(old, out _);
            }
        }

        return _seen.TryAdd(nonce, now) ? PushVerdict.Accepted : PushVerdict.ReplayedNonce;
    }
}
