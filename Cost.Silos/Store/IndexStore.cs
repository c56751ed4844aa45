using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Writes the published indices (table price_indices): a month's values are replaced whole when its
/// prices are republished; values under another base period are never touched.
/// </summary>
internal sealed class IndexStore(CostDatabase database)
{
    /// <summary>Replaces one month's indices under their base period.</summary>
    public async Task SaveAsync(string region, YearMonth period, YearMonth basePeriod, int priceRevision, DateTimeOffset computedAt,
        IReadOnlyList<PriceIndex> indices, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (p, b) = (period.ToString(), basePeriod.ToString());
        await connection.ExecuteAsync("DELETE FROM price_indices WHERE region = @region AND period = @p AND base_period = @b",
            new { region, p, b }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO price_indices (region, period, base_period, index_code, name, kind, sort_order, fixed_base, chained, year_on_year,
                                       contributions_json, price_revision, computed_at, carried, weight_bills)
            VALUES (@region, @p, @b, @IndexCode, @Name, @kind, @position, @fixedBase, @chained, @yoy, @contributions, @priceRevision, @at, @Carried, @WeightBills)
            """,
            indices.Select((i, position) => new
            {
                region, p, b, i.IndexCode, i.Name, kind = i.Kind.ToString().ToLowerInvariant(), position, i.Carried, i.WeightBills,
                fixedBase = Write(i.FixedBase), chained = WriteOptional(i.Chained), yoy = WriteOptional(i.YearOnYear),
                contributions = StoreJson.Write(i.Contributions), priceRevision, at = Times.Write(computedAt),
            }), transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Write(double value) => Decimals.Write(Math.Round((decimal)value, 6, MidpointRounding.AwayFromZero));

    private static string? WriteOptional(double? value) => value is { } v ? Write(v) : null;
}
