using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Materials;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>What the stale-price alarm reads: the filed, not yet opened tenders with checked materials, and a tender's alarms.</summary>
public sealed class StaleAlarmQueries(CostDatabase database)
{
    /// <summary>Tenders whose current version is filed or published, not locked by a bid opening, with a main-materials check.</summary>
    public async Task<ImmutableArray<StaleCandidate>> CandidatesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CandidateRow>(
            """
            SELECT p.tender_code AS TenderCode, v.version AS Version, v.total_fen AS TotalFen, v.materials_json AS MaterialsJson
            FROM tender_projects p
            JOIN tender_versions v ON v.tender_code = p.tender_code AND v.version = p.current_version
            WHERE p.current_status IN (@filed, @published) AND v.locked_at IS NULL AND v.materials_json IS NOT NULL
            ORDER BY p.tender_code
            """,
            new { filed = StatusNames.Code(TenderStatus.Filed), published = StatusNames.Code(TenderStatus.Published) }).ConfigureAwait(false);
        return [.. rows.Select(r => new StaleCandidate(r.TenderCode, (int)r.Version, Hundredths.Read(r.TotalFen), StoreJson.Read<MaterialCheck>(r.MaterialsJson)))];
    }

    /// <summary>A tender's alarms, newest month first.</summary>
    public async Task<ImmutableArray<StaleAlarm>> ForTenderAsync(string tenderCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            "SELECT alarm_json FROM stale_price_alarms WHERE tender_code = @tenderCode ORDER BY period DESC, region",
            new { tenderCode }).ConfigureAwait(false);
        return [.. rows.Select(StoreJson.Read<StaleAlarm>)];
    }

    private sealed class CandidateRow
    {
        public string TenderCode { get; init; } = "";

        public long Version { get; init; }

        public long TotalFen { get; init; }

        public string MaterialsJson { get; init; } = "";
    }
}
