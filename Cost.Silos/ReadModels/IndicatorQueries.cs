using System.Collections.Immutable;
using System.Globalization;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The filed projects behind the cost indicators and the unit-rate check: each tender's latest filed version with its bill, and its award when recorded.</summary>
public sealed class IndicatorQueries(CostDatabase database, IAwardPrices awards)
{
    public async Task<ImmutableArray<IndicatorProject>> FiledProjectsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ProjectRow>(
            """
            SELECT p.tender_code AS TenderCode, p.name AS Name, p.project_type AS ProjectType, p.region AS Region, p.building_area AS BuildingArea,
                   v.filed_at AS FiledAt, v.price_json AS PriceJson, v.boq_json AS BoqJson
            FROM tender_projects p
            JOIN tender_versions v ON v.tender_code = p.tender_code
            WHERE v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = p.tender_code)
            ORDER BY p.tender_code
            """).ConfigureAwait(false);
        var awarded = await awards.AwardPricesAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(r => r.BuildingArea is not null && r.FiledAt is not null).Select(r => new IndicatorProject(
            r.TenderCode, r.Name, r.ProjectType, r.Region,
            YearMonth.Of(DateOnly.FromDateTime(Times.Read(r.FiledAt!).ToOffset(BureauTime.Offset).DateTime)),
            decimal.Parse(r.BuildingArea!, NumberStyles.Number, CultureInfo.InvariantCulture),
            StoreJson.Read<CeilingPrice>(r.PriceJson), StoreJson.Read<Boq>(r.BoqJson),
            awarded.TryGetValue(r.TenderCode, out var award) ? award.Price : null,
            award?.Month))];
    }

    private sealed record ProjectRow(string TenderCode, string Name, string ProjectType, string Region, string? BuildingArea, string? FiledAt, string PriceJson, string BoqJson);
}
