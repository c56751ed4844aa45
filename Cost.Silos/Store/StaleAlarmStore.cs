using Cost.Contracts;
using Cost.Domain.Materials;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>Raises a stale-price alarm once: the alarm row and its push notice (ceiling-price.stale) in one transaction.</summary>
internal sealed class StaleAlarmStore(CostDatabase database)
{
    /// <returns>True when the alarm is new; false when this tender version already had it for the region and month.</returns>
    public async Task<bool> RaiseAsync(string tenderCode, int version, StaleAlarm alarm, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO stale_price_alarms (tender_code, version, region, period, raised_at, alarm_json)
            VALUES (@tenderCode, @version, @region, @period, @at, @json)
            ON CONFLICT (tender_code, version, region, period) DO NOTHING
            """,
            new { tenderCode, version, region = alarm.Region, period = alarm.Month.ToString(), at = Times.Write(at), json = StoreJson.Write(alarm) },
            transaction).ConfigureAwait(false);
        if (inserted == 1)
        {
            await ExchangeEvents.AddAsync(connection, transaction, ExchangeEvents.CeilingPriceStale, tenderCode, version, at, StaleNotice.Of(tenderCode, version, alarm), push: true)
                .ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }
}
