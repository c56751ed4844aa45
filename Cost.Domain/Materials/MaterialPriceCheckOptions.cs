namespace Cost.Domain.Materials;

/// <summary>
/// The main-materials check's parameters (data/material-price-check.json): a stated price deviating from the
/// tax-exclusive 信息价 by more than <see cref="Band"/> (a fraction, 0.10 = ±10 %) is a warning; resources of
/// <see cref="LabourCategory"/> and <see cref="MachineryCategory"/> (catalogue categories) are listed, not compared.
/// A later month moving a filed bill's compared material by more than <see cref="StaleThreshold"/> raises the
/// stale-price alarm (<see cref="StalePriceWatch"/>).
/// </summary>
public sealed record MaterialPriceCheckOptions(decimal Band = 0.10m, string LabourCategory = "人工", string MachineryCategory = "机械台班", decimal StaleThreshold = 0.10m)
{
    public static readonly MaterialPriceCheckOptions Default = new();
}
