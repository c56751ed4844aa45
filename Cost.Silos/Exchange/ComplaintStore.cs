using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// Complaints and their reviews (table complaints). A complaint pushed by the platform is stored with
/// its Idempotency-Key answer; an upheld review is stored with the revised version, in one transaction.
/// </summary>
internal sealed class ComplaintStore(CostDatabase database, FilingRules filing)
{
    /// <summary>
    /// Stores a new complaint with its audit entry and, for a platform request, its answer under the key. The entry is
    /// dated <paramref name="recordedAt"/>, the server's time: a time the caller states (receivedAt) is a fact in its payload.
    /// </summary>
    public async Task AddAsync(ComplaintView complaint, IdempotentRequest? request, string answerJson, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints (id, tender_code, version, source, complainant_name, complainant_credit_code, reason, received_at, recorded_by, status)
            VALUES (@Id, @TenderCode, @Version, @Source, @ComplainantName, @ComplainantCreditCode, @Reason, @receivedAt, @RecordedBy, @Status)
            """,
            new
            {
                complaint.Id, complaint.TenderCode, complaint.Version, complaint.Source, complaint.ComplainantName, complaint.ComplainantCreditCode,
                complaint.Reason, receivedAt = Times.Write(complaint.ReceivedAt), complaint.RecordedBy, complaint.Status,
            }, transaction).ConfigureAwait(false);
        if (request is not null)
        {
            await ExchangeStore.InsertAnswerAsync(connection, transaction, request, answerJson, recordedAt).ConfigureAwait(false);
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(recordedAt, complaint.RecordedBy, AuditActions.ComplaintReceived,
            complaint.TenderCode, new
            {
                complaintId = complaint.Id, complaint.TenderCode, complaint.Version, complaint.Source, complaint.ComplainantName,
                complaint.ComplainantCreditCode, complaint.Reason, complaint.ReceivedAt,
            })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the decision of an open complaint and, when upheld, the revision (a new filed
    /// version, which enters the filing feed and the push outbox) in the same transaction, both audited.
    /// </summary>
    /// <returns>The project's new row version when it was revised, otherwise <paramref name="expectedRowVersion"/>.</returns>
    public async Task<long> DecideAsync(ComplaintView decided, LifecycleResult? revision, long expectedRowVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE complaints SET status = @Status, review_json = @reviewJson, review_file = @ReviewFile, revised_version = @RevisedVersion,
                   deadline_extension_days = @DeadlineExtensionDays, extended_bid_deadline = @extendedBidDeadline,
                   decided_at = @decidedAt, decided_by = @DecidedBy
            WHERE id = @Id AND status = 'open'
            """,
            new
            {
                decided.Status, reviewJson = decided.Review is null ? null : StoreJson.Write(decided.Review), decided.ReviewFile, decided.RevisedVersion,
                decided.DeadlineExtensionDays, extendedBidDeadline = Times.WriteOptional(decided.ExtendedBidDeadline),
                decidedAt = Times.WriteOptional(decided.DecidedAt), decided.DecidedBy, decided.Id,
            }, transaction).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new StoreConflictException($"投诉 {decided.Id} 已复核。");
        }

        var rowVersion = revision is null
            ? expectedRowVersion
            : await TenderStore.SaveCurrentAsync(connection, transaction, revision, expectedRowVersion, decided.DecidedBy!, filing).ConfigureAwait(false);
        var review = decided.Review!;
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(decided.DecidedAt!.Value, decided.DecidedBy!,
            decided.Status == "upheld" ? AuditActions.ComplaintUpheld : AuditActions.ComplaintDismissed, decided.TenderCode, new
            {
                complaintId = decided.Id, decided.TenderCode, decided.Version, review.PublishedTotal, review.ReviewedTotal, review.Deviation,
                decided.ReviewFile, decided.RevisedVersion, decided.DeadlineExtensionDays, decided.ExtendedBidDeadline,
            })).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rowVersion;
    }
}
