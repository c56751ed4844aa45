using System.Collections.Immutable;
using System.Data.Common;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// A firm's credit file in the store: its records (columns to query by, and the whole record as a
/// JSON document), their history as rows that are only ever added, the standing last computed and
/// the grade changes. Writes are optimistic on firm_credit.row_version.
/// </summary>
internal sealed class CreditStore(CostDatabase database)
{
    /// <summary>
    /// Writes the file (its records upserted) and the new standing in one transaction, with what the
    /// domain says happened: each record change enters the record's history and the audit log, and a
    /// grade change the grade history; the files a statement or repair application brought are stored with them.
    /// </summary>
    /// <returns>The new row version.</returns>
    public async Task<long> SaveAsync(CreditFile file, CreditStanding standing, ImmutableArray<RecordChanged> changes, GradeChanged? gradeChanged,
        long expectedRowVersion, DateTimeOffset at, IReadOnlyList<AttachmentContent> attachments, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var code = file.CreditCode;
        var values = new
        {
            code, score = Hundredths.Write(standing.Score), standing.Grade, on = StoreDates.Write(standing.On), expectedRowVersion,
            changedAt = Times.Write(at.ToOffset(Domain.BureauTime.Offset)), recordsChanged = changes.IsDefaultOrEmpty ? 0L : 1L,
        };
        var written = expectedRowVersion == 0
            ? await connection.ExecuteAsync(
                """
                INSERT INTO firm_credit (credit_code, score_hundredths, grade, computed_on, row_version, changed_at)
                SELECT @code, @score, @Grade, @on, 1, @changedAt WHERE NOT EXISTS (SELECT 1 FROM firm_credit WHERE credit_code = @code)
                """, values, transaction).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE firm_credit SET
                    changed_at = CASE WHEN score_hundredths <> @score OR grade <> @Grade OR @recordsChanged = 1 OR changed_at IS NULL THEN @changedAt ELSE changed_at END,
                    score_hundredths = @score, grade = @Grade, computed_on = @on, row_version = row_version + 1
                WHERE credit_code = @code AND row_version = @expectedRowVersion
                """, values, transaction).ConfigureAwait(false);
        if (written != 1)
        {
            throw new StoreConflictException($"企业 {code} 的诚信档案已被同时修改，请刷新后重试。");
        }

        foreach (var record in file.Records)
        {
            await UpsertRecordAsync(connection, transaction, code, record).ConfigureAwait(false);
        }

        foreach (var (r, h) in changes)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO credit_record_history (credit_code, record_no, seq, action, at, by_user, note)
                VALUES (@code, @no, @Seq, @action, @at, @By, @Note)
                """,
                new { code, no = r.No, h.Seq, action = StoreNames.Of(h.Action), at = Times.Write(h.At), h.By, h.Note }, transaction).ConfigureAwait(false);
        }

        if (gradeChanged is { To: var to })
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO credit_grade_history (credit_code, seq, changed_on, changed_at, from_grade, to_grade, score_hundredths)
                SELECT @code, COALESCE(MAX(seq), 0) + 1, @on, @at, @from, @Grade, @score FROM credit_grade_history WHERE credit_code = @code
                """,
                new { code, on = StoreDates.Write(to.On), at = Times.Write(at), from = gradeChanged.From, to.Grade, score = Hundredths.Write(to.Score) },
                transaction).ConfigureAwait(false);
        }

        await WriteChangesAsync(connection, transaction, code, attachments, changes,
            (r, h) => new { creditCode = code, recordNo = r.No, r.RuleCode, r.Kind, r.Points, r.OccurredOn, r.Status, h.Note }).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return expectedRowVersion + 1;
    }

    /// <summary>
    /// What every credit file's change writes beside the file, a firm's or an engineer's: the files handed in with it, and
    /// each change of a record (recorded, notified, stated, confirmed, …, expired) audited as credit.&lt;change&gt; under
    /// <paramref name="holder"/> with <paramref name="facts"/>.
    /// </summary>
    internal static async Task WriteChangesAsync(DbConnection connection, DbTransaction transaction, string holder, IReadOnlyList<AttachmentContent> attachments,
        ImmutableArray<RecordChanged> changes, Func<CreditRecord, CreditHistoryEntry, object> facts)
    {
        foreach (var a in attachments)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO credit_attachments (holder, sha256, content_type, content) VALUES (@holder, @Sha256, @ContentType, @Content)
                ON CONFLICT (holder, sha256) DO NOTHING
                """, new { holder, a.Sha256, a.ContentType, a.Content }, transaction).ConfigureAwait(false);
        }

        foreach (var (r, h) in changes.IsDefault ? [] : changes)
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry(h.At, h.By, "credit." + StoreNames.Of(h.Action), holder, facts(r, h))).ConfigureAwait(false);
        }
    }

    private static Task<int> UpsertRecordAsync(DbConnection connection, DbTransaction transaction, string code, CreditRecord r) =>
        connection.ExecuteAsync(
            """
            INSERT INTO credit_records (credit_code, record_no, rule_code, kind, points_hundredths, is_public, occurred_on, starts_on,
                                        expires_on, status, event_id, recorded_at, record_json)
            VALUES (@code, @No, @RuleCode, @kind, @points, @isPublic, @occurredOn, @startsOn, @expiresOn, @status, @eventId, @recordedAt, @json)
            ON CONFLICT (credit_code, record_no) DO UPDATE SET
                rule_code = excluded.rule_code, kind = excluded.kind, points_hundredths = excluded.points_hundredths, is_public = excluded.is_public,
                starts_on = excluded.starts_on, expires_on = excluded.expires_on, status = excluded.status, record_json = excluded.record_json
            """,
            new
            {
                code, r.No, r.RuleCode, kind = StoreNames.Of(r.Kind), points = Hundredths.Write(r.Points), isPublic = r.Public ? 1 : 0,
                occurredOn = StoreDates.Write(r.OccurredOn), startsOn = StoreDates.Write(r.CountsFrom ?? r.StartsOn), expiresOn = StoreDates.Write(r.ExpiresOn),
                status = StoreNames.Of(r.Status), eventId = r.Source.EventId, recordedAt = Times.Write(r.RecordedAt), json = StoreJson.Write(r),
            },
            transaction);
}
