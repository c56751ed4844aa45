using Cost.Domain.Materials;

namespace Cost.Web.Projects;

/// <summary>
/// The main materials against 信息价 in brief: the region and month compared with (month null when none is
/// published), the band as a fraction, and how many rows matched the catalogue, deviated beyond the band, had no
/// published price, matched nothing, or were labour and machinery (listed, not compared).
/// </summary>
public sealed record MaterialsJson(
    string Region, string RegionName, string? Month, decimal Band, int Rows, int Matched, int Within, int Deviating, int NoPrice,
    int Unmatched, int NotCompared)
{
    public static MaterialsJson From(MaterialCheck m) => new(
        m.Region, m.RegionName, m.Month?.ToString(), m.Band, m.Lines.Length,
        m.Matched(), m.Count(MaterialStatus.Within), m.Count(MaterialStatus.Deviating), m.Count(MaterialStatus.NoPrice), m.Count(MaterialStatus.Unmatched),
        m.NotCompared());
}
