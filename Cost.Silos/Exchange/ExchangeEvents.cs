using System.Data.Common;
using Cost.Contracts;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// The event log behind push notices and the OCDS feed (table exchange_events). An event is written
/// inside the transaction of the change it reports, so a committed change always has its event
/// and a rolled-back one never does.
/// </summary>
public static class ExchangeEvents
{
    /// <summary>A first version of a ceiling price was filed.</summary>
    public const string CeilingPriceFiled = "ceiling-price.filed";

    /// <summary>A revised version was filed after a review (a complaint upheld beyond ±3 %).</summary>
    public const string CeilingPriceRevised = "ceiling-price.revised";

    /// <summary>A month's publication moved main materials of a filed, not yet opened tender beyond the alarm's threshold.</summary>
    public const string CeilingPriceStale = "ceiling-price.stale";

    /// <summary>A region's information prices of a month were published (or corrected).</summary>
    public const string InfoPricesPublished = "info-prices.published";

    /// <summary>The platform reported an award (not pushed back to it; in the OCDS feed).</summary>
    public const string AwardRecorded = "award.recorded";

    /// <summary>Appends an event in <paramref name="transaction"/>; <paramref name="push"/> sends it to each client's PushUrl.</summary>
    internal static async Task AddAsync(
        DbConnection connection, DbTransaction transaction, string kind, string? tenderCode, int? version, DateTimeOffset at, object payload, bool push)
    {
        await CostDatabase.LockSequenceAsync(connection, transaction, "exchange_events").ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO exchange_events (seq, kind, tender_code, version, occurred_at, payload_json, push, fanned_out)
            SELECT COALESCE(MAX(seq), 0) + 1, @kind, @tenderCode, @version, @at, @payload, @push, 0 FROM exchange_events
            """,
            new { kind, tenderCode, version, at = Times.Write(at), payload = StoreJson.Write(payload), push = push ? 1 : 0 }, transaction).ConfigureAwait(false);
    }
}
