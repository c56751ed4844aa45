using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain.Bidding;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The list of firms barred from bidding (table bid_restrictions): the bureau adds and lifts restrictions, each change
/// audited in its transaction; bid openings read the restrictions in force at their time.
/// </summary>
public sealed class RestrictionStore(CostDatabase database)
{
    private const string Columns = """
        id AS Id, credit_code AS CreditCode, name AS Name, reason AS Reason, source AS Source, from_day AS FromDay, until_day AS UntilDay,
        added_by AS AddedBy, added_at AS AddedAt, lifted_at AS LiftedAt, lifted_by AS LiftedBy, lift_reason AS LiftReason
        """;

    /// <summary>Every restriction, newest first.</summary>
    public async Task<ImmutableArray<BidRestriction>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. (await connection.QueryAsync<Row>($"SELECT {Columns} FROM bid_restrictions ORDER BY id DESC").ConfigureAwait(false)).Select(r => r.ToRestriction())];
    }

    /// <summary>The credit codes of the firms whose restriction is in force at <paramref name="at"/>.</summary>
    public async Task<ImmutableHashSet<string>> InForceAsync(DateTimeOffset at, CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(r => r.InForceAt(at)).Select(r => r.CreditCode)];

    /// <summary>Records a restriction (its id is given here); answers it as stored.</summary>
    public async Task<BidRestriction> AddAsync(BidRestriction restriction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(restriction);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await CostDatabase.LockSequenceAsync(connection, transaction, "bid_restrictions").ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) + 1 FROM bid_restrictions", transaction: transaction).ConfigureAwait(false);
        var stored = restriction with { Id = id };
        await connection.ExecuteAsync(
            """
            INSERT INTO bid_restrictions (id, credit_code, name, reason, source, from_day, until_day, added_by, added_at)
            VALUES (@Id, @CreditCode, @Name, @Reason, @Source, @fromDay, @untilDay, @AddedBy, @addedAt)
            """,
            new
            {
                stored.Id, stored.CreditCode, stored.Name, stored.Reason, stored.Source, fromDay = StoreDates.Write(stored.From),
                untilDay = stored.Until is { } until ? StoreDates.Write(until) : null, stored.AddedBy, addedAt = Times.Write(stored.AddedAt),
            }, transaction).ConfigureAwait(false);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(stored.AddedAt, stored.AddedBy, AuditActions.RestrictionAdded, stored.CreditCode,
            new { stored.Id, stored.Name, stored.Reason, stored.Source, from = stored.From, until = stored.Until })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Lifts a restriction not yet lifted; null when there is none with that id, or it is lifted already.</summary>
    public async Task<BidRestriction?> LiftAsync(long id, DateTimeOffset at, string by, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync(
                "UPDATE bid_restrictions SET lifted_at = @at, lifted_by = @by, lift_reason = @reason WHERE id = @id AND lifted_at IS NULL",
                new { id, at = Times.Write(at), by, reason }, transaction).ConfigureAwait(false) == 0)
        {
            return null;
        }

        var lifted = (await connection.QuerySingleAsync<Row>($"SELECT {Columns} FROM bid_restrictions WHERE id = @id", new { id }, transaction).ConfigureAwait(false)).ToRestriction();
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, by, AuditActions.RestrictionLifted, lifted.CreditCode, new { id, reason })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lifted;
    }

    /// <summary>True when the list has never held a restriction: the first start, when data/bid-review.json's list is taken over.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bid_restrictions").ConfigureAwait(false) == 0;
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public string CreditCode { get; init; } = "";

        public string Name { get; init; } = "";

        public string Reason { get; init; } = "";

        public string Source { get; init; } = "";

        public string FromDay { get; init; } = "";

        public string? UntilDay { get; init; }

        public string AddedBy { get; init; } = "";

        public string AddedAt { get; init; } = "";

        public string? LiftedAt { get; init; }

        public string? LiftedBy { get; init; }

        public string? LiftReason { get; init; }

        public BidRestriction ToRestriction() => new(Id, CreditCode, Name, Reason, Source, StoreDates.Read(FromDay),
            UntilDay is null ? null : StoreDates.Read(UntilDay), AddedBy, Times.Read(AddedAt), Times.ReadOptional(LiftedAt), LiftedBy, LiftReason);
    }
}
