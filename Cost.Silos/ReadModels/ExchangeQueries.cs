using Cost.Domain.Projects;
using Cost.Contracts;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>Read models of the exchange, straight from the store: a tender's bid opening and award, and the tender events behind the OCDS feed.</summary>
public sealed class ExchangeQueries(CostDatabase database)
{
    public async Task<OpeningRow?> OpeningAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string, long, string, string, long, string, string)?>(
            """
            SELECT tender_code, ceiling_version, ceiling_price, opened_at, bid_count, bids_json, recorded_at
            FROM bid_openings WHERE tender_code = @tenderCode
            """, new { tenderCode }).ConfigureAwait(false);
        return row is { } r
            ? new OpeningRow(r.Item1, (int)r.Item2, Decimals.Read(r.Item3), Times.Read(r.Item4), (int)r.Item5, r.Item6, Times.Read(r.Item7))
            : null;
    }

    public async Task<AwardRow?> AwardAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string, string, string, string, string, long, string)?>(
            """
            SELECT tender_code, winner_credit_code, winner_name, price, awarded_at, ceiling_version, recorded_at
            FROM tender_awards WHERE tender_code = @tenderCode
            """, new { tenderCode }).ConfigureAwait(false);
        return row is { } r
            ? new AwardRow(r.Item1, r.Item2, r.Item3, Decimals.Read(r.Item4), Times.Read(r.Item5), (int)r.Item6, Times.Read(r.Item7))
            : null;
    }

    /// <summary>Filings, revisions and awards after <paramref name="afterSeq"/> in event order.</summary>
    public async Task<IReadOnlyList<TenderEvent>> TenderEventsAsync(long afterSeq, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT e.seq AS Seq, e.kind AS Kind, e.occurred_at AS OccurredAt, p.tender_code AS TenderCode, p.name AS ProjectName,
                   p.firm_credit_code AS FirmCreditCode, f.name AS FirmName, v.version AS Version, v.total_fen AS TotalFen,
                   v.revision_for AS RevisionFor, a.winner_credit_code AS WinnerCreditCode, a.winner_name AS WinnerName,
                   a.price AS AwardPrice, a.awarded_at AS AwardedAt, p.registration_json AS RegistrationJson
            FROM exchange_events e
            JOIN tender_projects p ON p.tender_code = e.tender_code
            JOIN firms f ON f.credit_code = p.firm_credit_code
            JOIN tender_versions v ON v.tender_code = e.tender_code AND v.version = e.version
            LEFT JOIN tender_awards a ON a.tender_code = e.tender_code AND e.kind = @award
            WHERE e.seq > @afterSeq AND e.kind IN (@filed, @revised, @award)
            ORDER BY e.seq LIMIT @limit
            """,
            new { afterSeq, limit, filed = ExchangeEvents.CeilingPriceFiled, revised = ExchangeEvents.CeilingPriceRevised, award = ExchangeEvents.AwardRecorded })
            .ConfigureAwait(false);
        return [.. rows.Select(r => new TenderEvent(
            r.Seq, r.Kind, Times.Read(r.OccurredAt), r.TenderCode, r.ProjectName, r.FirmCreditCode, r.FirmName, (int)r.Version, Hundredths.Read(r.TotalFen),
            r.RevisionFor, r.WinnerCreditCode, r.WinnerName, Decimals.ReadOptional(r.AwardPrice), Times.ReadOptional(r.AwardedAt),
            r.RegistrationJson is null ? null : StoreJson.Read<PlatformRegistration>(r.RegistrationJson)))];
    }

    private sealed record Row(
        long Seq, string Kind, string OccurredAt, string TenderCode, string ProjectName, string FirmCreditCode, string FirmName, long Version,
        long TotalFen, string? RevisionFor, string? WinnerCreditCode, string? WinnerName, string? AwardPrice, string? AwardedAt, string? RegistrationJson);
}
