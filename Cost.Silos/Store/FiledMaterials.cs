using System.Data.Common;
using Cost.Contracts;
using Cost.Domain.Materials;
using Cost.Domain.PriceIndices;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The consumption aggregate behind the price indices' weights (table filed_material_use): what each tender's latest
/// filed bill consumes per catalogued resource, replaced in the transaction of a filing or revision, built anew with the
/// other aggregates.
/// </summary>
internal static class FiledMaterials
{
    /// <summary>Replaces the tender's consumption with that of the version just filed (nothing when its materials were not checked).</summary>
    public static async Task OnFilingAsync(DbConnection connection, DbTransaction transaction, string tenderCode, MaterialCheck? materials)
    {
        await connection.ExecuteAsync("DELETE FROM filed_material_use WHERE tender_code = @tenderCode", new { tenderCode }, transaction).ConfigureAwait(false);
        if (materials is null)
        {
            return;
        }

        await connection.ExecuteAsync(
            "INSERT INTO filed_material_use (tender_code, category, resource_code, spec, used_value) VALUES (@tenderCode, @Category, @ResourceCode, @Spec, @value)",
            ConsumptionWeights.Uses(materials).Select(u => new { tenderCode, u.Category, u.ResourceCode, u.Spec, value = (double)u.Value }), transaction).ConfigureAwait(false);
    }

    /// <summary>Builds the aggregate anew from every tender's latest filed version.</summary>
    public static async Task RebuildAsync(DbConnection connection, DbTransaction transaction)
    {
        await connection.ExecuteAsync("DELETE FROM filed_material_use", transaction: transaction).ConfigureAwait(false);
        var latest = await connection.QueryAsync<LatestRow>(
            """
            SELECT v.tender_code AS TenderCode, v.materials_json AS MaterialsJson FROM tender_versions v
            WHERE v.materials_json IS NOT NULL AND v.version = (SELECT MAX(f.version) FROM filings f WHERE f.tender_code = v.tender_code)
            """, transaction: transaction).ConfigureAwait(false);
        foreach (var row in latest)
        {
            await OnFilingAsync(connection, transaction, row.TenderCode, StoreJson.Read<MaterialCheck>(row.MaterialsJson)).ConfigureAwait(false);
        }
    }

    private sealed class LatestRow
    {
        public string TenderCode { get; init; } = "";

        public string MaterialsJson { get; init; } = "";
    }
}
