using Cost.Contracts;
using Cost.Domain.Reviews;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>Complaints and their reviews (table complaints), as the pages and the tender's grain read them.</summary>
public sealed class ComplaintQueries(CostDatabase database)
{
    private const string Columns = """
        id AS Id, tender_code AS TenderCode, version AS Version, source AS Source, complainant_name AS ComplainantName,
        complainant_credit_code AS ComplainantCreditCode, reason AS Reason, received_at AS ReceivedAt, recorded_by AS RecordedBy,
        status AS Status, review_json AS ReviewJson, review_file AS ReviewFile, revised_version AS RevisedVersion,
        deadline_extension_days AS DeadlineExtensionDays, decided_at AS DecidedAt, decided_by AS DecidedBy,
        extended_bid_deadline AS ExtendedBidDeadline
        """;

    public async Task<ComplaintView?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ComplaintRow>($"SELECT {Columns} FROM complaints WHERE id = @id", new { id }).ConfigureAwait(false);
        return row?.ToView();
    }

    /// <summary>A tender's complaints, oldest first.</summary>
    public async Task<IReadOnlyList<ComplaintView>> ListAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ComplaintRow>(
            $"SELECT {Columns} FROM complaints WHERE tender_code = @tenderCode ORDER BY received_at, id", new { tenderCode }).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToView())];
    }

    private sealed record ComplaintRow(
        string Id, string TenderCode, long Version, string Source, string ComplainantName, string? ComplainantCreditCode, string Reason,
        string ReceivedAt, string RecordedBy, string Status, string? ReviewJson, string? ReviewFile, long? RevisedVersion,
        long? DeadlineExtensionDays, string? DecidedAt, string? DecidedBy, string? ExtendedBidDeadline)
    {
        public ComplaintView ToView() => new(
            Id, TenderCode, (int)Version, Source, ComplainantName, ComplainantCreditCode, Reason, Times.Read(ReceivedAt), RecordedBy, Status,
            ReviewJson is null ? null : StoreJson.Read<ReviewFigures>(ReviewJson), ReviewFile, (int?)RevisedVersion, (int?)DeadlineExtensionDays,
            Times.ReadOptional(DecidedAt), DecidedBy, Times.ReadOptional(ExtendedBidDeadline));
    }
}
