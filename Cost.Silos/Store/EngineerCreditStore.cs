using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Registered cost engineers' own credit files (table engineer_credit), one JSON document per registration number, written
/// optimistically on row_version with the files handed in and the audit entries of the change (subject engineer:&lt;number&gt;).
/// </summary>
public sealed class EngineerCreditStore(CostDatabase database)
{
    /// <summary>The file and its row version; null when the engineer has none yet.</summary>
    public async Task<(CreditFile File, long RowVersion)?> FileAsync(string registrationNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            "SELECT file_json AS FileJson, row_version AS RowVersion FROM engineer_credit WHERE registration_number = @registrationNumber",
            new { registrationNumber }).ConfigureAwait(false);
        return row is null ? null : (StoreJson.Read<CreditFile>(row.FileJson), row.RowVersion);
    }

    /// <summary>Every engineer with a file: what the nightly job fans out over.</summary>
    public async Task<ImmutableArray<string>> NumbersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. await connection.QueryAsync<string>("SELECT registration_number FROM engineer_credit ORDER BY registration_number").ConfigureAwait(false)];
    }

    /// <summary>The files of these engineers that exist, by registration number (a firm's page lists its engineers' standing).</summary>
    public async Task<ImmutableDictionary<string, CreditFile>> FilesAsync(IReadOnlyCollection<string> registrationNumbers, CancellationToken cancellationToken = default)
    {
        var files = ImmutableDictionary.CreateBuilder<string, CreditFile>();
        foreach (var number in registrationNumbers)
        {
            if (await FileAsync(number, cancellationToken).ConfigureAwait(false) is { } found)
            {
                files[number] = found.File;
            }
        }

        return files.ToImmutable();
    }

    /// <summary>Writes the changed file; the new row version. A concurrent change is a <see cref="StoreConflictException"/>.</summary>
    public async Task<long> SaveAsync(CreditFile file, ImmutableArray<RecordChanged> changes, long expectedRowVersion, DateTimeOffset at,
        IReadOnlyList<AttachmentContent> attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var number = file.CreditCode;
        var values = new { number, json = StoreJson.Write(file), expectedRowVersion, at = Times.Write(at) };
        var written = expectedRowVersion == 0
            ? await connection.ExecuteAsync(
                """
                INSERT INTO engineer_credit (registration_number, file_json, row_version, changed_at)
                SELECT @number, @json, 1, @at WHERE NOT EXISTS (SELECT 1 FROM engineer_credit WHERE registration_number = @number)
                """, values, transaction).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE engineer_credit SET file_json = @json, row_version = row_version + 1, changed_at = @at
                WHERE registration_number = @number AND row_version = @expectedRowVersion
                """, values, transaction).ConfigureAwait(false);
        if (written != 1)
        {
            throw new StoreConflictException($"注册造价工程师 {number} 的信用档案已被同时修改，请刷新后重试。");
        }

        await CreditStore.WriteChangesAsync(connection, transaction, number, attachments, changes,
            (r, h) => new { registrationNumber = number, recordNo = r.No, r.RuleCode, r.Kind, r.Points, r.OccurredOn, r.Status, h.Note }).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return expectedRowVersion + 1;
    }

    private sealed record Row(string FileJson, long RowVersion);
}
