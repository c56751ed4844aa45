using System.Data.Common;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// Bid openings, awards and the Idempotency-Key answers of the platform's requests. Each request's
/// effect and its stored answer are written in one transaction; the primary keys (client + key,
/// tender code) make a second opening impossible even if two processes race.
/// </summary>
internal sealed class ExchangeStore(CostDatabase database, FilingRules filing)
{
    /// <summary>The answer stored under a client's key, or null when the key is new.</summary>
    public async Task<StoredAnswer?> AnswerAsync(string clientId, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<StoredAnswer>(
            """
            SELECT request_path AS RequestPath, body_sha256 AS BodySha256, status_code AS StatusCode, response_json AS ResponseJson
            FROM exchange_idempotency WHERE client_id = @clientId AND idempotency_key = @key
            """, new { clientId, key }).ConfigureAwait(false);
    }

    /// <summary>
    /// Locks the version (the project write), stores the opening and the answer under the key, all
    /// or nothing. A second opening of the tender or a reused key is a <see cref="StoreConflictException"/>.
    /// </summary>
    /// <returns>The project's new row version.</returns>
    public async Task<long> SaveOpeningAsync(LifecycleResult locked, long expectedRowVersion, OpeningRow opening, IdempotentRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await InsertOnceAsync(connection, transaction,
            """
            INSERT INTO bid_openings (tender_code, ceiling_version, ceiling_price, opened_at, bid_count, bids_json, client_id, idempotency_key, recorded_at)
            VALUES (@TenderCode, @CeilingVersion, @price, @openedAt, @BidCount, @AnswerJson, @ClientId, @Key, @recordedAt)
            """,
            new
            {
                opening.TenderCode, opening.CeilingVersion, price = Decimals.Write(opening.CeilingPrice), openedAt = Times.Write(opening.OpenedAt),
                opening.BidCount, opening.AnswerJson, request.ClientId, request.Key, recordedAt = Times.Write(opening.RecordedAt),
            }, $"招标项目 {opening.TenderCode} 已开标，不能再次开标。").ConfigureAwait(false);
        await InsertAnswerAsync(connection, transaction, request, opening.AnswerJson, opening.RecordedAt).ConfigureAwait(false);
        // Last: the lock's audit entry closes the transaction (AuditLog.AppendAsync).
        var rowVersion = await TenderStore.SaveCurrentAsync(connection, transaction, locked, expectedRowVersion, request.ClientId, filing).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rowVersion;
    }

    /// <summary>Stores the award, its answer under the key, the tender's indicator values, its event for the OCDS feed and its audit entry, all or nothing.</summary>
    public async Task SaveAwardAsync(AwardRow award, IdempotentRequest request, string answerJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await InsertOnceAsync(connection, transaction,
            """
            INSERT INTO tender_awards (tender_code, winner_credit_code, winner_name, price, awarded_at, ceiling_version, client_id, idempotency_key, recorded_at)
            VALUES (@TenderCode, @WinnerCreditCode, @WinnerName, @price, @awardedAt, @CeilingVersion, @ClientId, @Key, @recordedAt)
            """,
            new
            {
                award.TenderCode, award.WinnerCreditCode, award.WinnerName, price = Decimals.Write(award.Price), awardedAt = Times.Write(award.AwardedAt),
                award.CeilingVersion, request.ClientId, request.Key, recordedAt = Times.Write(award.RecordedAt),
            }, $"招标项目 {award.TenderCode} 已有中标结果，不能再次登记。").ConfigureAwait(false);
        await InsertAnswerAsync(connection, transaction, request, answerJson, award.RecordedAt).ConfigureAwait(false);
        await IndicatorAggregates.OnAwardAsync(connection, transaction, award.TenderCode, award.Price).ConfigureAwait(false);
        var facts = new { award.TenderCode, award.WinnerCreditCode, award.WinnerName, award.Price, award.AwardedAt };
        await ExchangeEvents.AddAsync(connection, transaction, ExchangeEvents.AwardRecorded, award.TenderCode, award.CeilingVersion, award.RecordedAt,
            facts, push: false).ConfigureAwait(false);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(award.RecordedAt, request.ClientId, AuditActions.AwardRecorded, award.TenderCode, facts))
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the answer under a client's key inside <paramref name="transaction"/>; a key already used is a conflict.</summary>
    internal static Task InsertAnswerAsync(DbConnection connection, DbTransaction transaction, IdempotentRequest request, string answerJson, DateTimeOffset at) =>
        InsertOnceAsync(connection, transaction,
            """
            INSERT INTO exchange_idempotency (client_id, idempotency_key, request_path, body_sha256, status_code, response_json, created_at)
            VALUES (@ClientId, @Key, @RequestPath, @BodySha256, 200, @answerJson, @at)
            """,
            new { request.ClientId, request.Key, request.RequestPath, request.BodySha256, answerJson, at = Times.Write(at) },
            $"Idempotency-Key“{request.Key}”已被使用。");

    private static async Task InsertOnceAsync(DbConnection connection, DbTransaction transaction, string sql, object parameters, string conflict)
    {
        try
        {
            await connection.ExecuteAsync(sql, parameters, transaction).ConfigureAwait(false);
        }
        catch (DbException e) when (CostDatabase.IsUniqueViolation(e))
        {
            throw new StoreConflictException(conflict);
        }
    }
}
