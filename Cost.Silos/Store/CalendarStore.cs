using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain.Calendar;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The working-day calendar (table calendar_days): read whole by every deadline (a few dozen rows a year), changed a day
/// at a time by the bureau, each change audited in its transaction.
/// </summary>
public sealed class CalendarStore(CostDatabase database)
{
    public async Task<WorkingCalendar> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>("SELECT day AS Day, kind AS Kind, name AS Name FROM calendar_days").ConfigureAwait(false);
        return new WorkingCalendar(rows.Select(r => new CalendarDay(StoreDates.Read(r.Day), Enum.Parse<CalendarDayKind>(r.Kind, ignoreCase: true), r.Name)));
    }

    /// <summary>Sets a day apart (or changes what it is); audited as calendar.changed.</summary>
    public Task SaveAsync(CalendarDay day, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            """
            INSERT INTO calendar_days (day, kind, name, changed_by, changed_at) VALUES (@day, @kind, @Name, @by, @at)
            ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, changed_by = excluded.changed_by, changed_at = excluded.changed_at
            """,
            day.Date, new { day = StoreDates.Write(day.Date), kind = StoreNames.Of(day.Kind), day.Name, by, at = Times.Write(at) },
            new { day = day.Date, kind = day.Kind, day.Name }, at, by, cancellationToken);

    /// <summary>Returns a day to the weekday rule; false when it was not set apart.</summary>
    public Task<bool> RemoveAsync(DateOnly date, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync("DELETE FROM calendar_days WHERE day = @day", date, new { day = StoreDates.Write(date) }, new { day = date, removed = true }, at, by, cancellationToken);

    /// <summary>The days of data/working-calendar.json on a store whose calendar was never kept (no calendar change audited), by "system".</summary>
    public async Task TakeOverAsync(IEnumerable<CalendarDay> days, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = @action", new { action = AuditActions.CalendarChanged })
                .ConfigureAwait(false) > 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var list = days.ToList();
        foreach (var day in list)
        {
            await connection.ExecuteAsync(
                "INSERT INTO calendar_days (day, kind, name, changed_by, changed_at) VALUES (@day, @kind, @Name, 'system', @at)",
                new { day = StoreDates.Write(day.Date), kind = StoreNames.Of(day.Kind), day.Name, at = Times.Write(at) }, transaction).ConfigureAwait(false);
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, "system", AuditActions.CalendarChanged, "data/working-calendar.json",
            new { imported = list.Count })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ChangeAsync(string sql, DateOnly date, object values, object audit, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync(sql, values, transaction).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, by, AuditActions.CalendarChanged, StoreDates.Write(date), audit)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private sealed record Row(string Day, string Kind, string Name);
}
