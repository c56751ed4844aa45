using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Bills;

namespace Cost.Domain.Materials;

/// <summary>
/// The main materials of one bill against the month's 信息价: the tender's region (code and name), the month
/// whose published prices were used (null when none was published), the band, and every row with what became
/// of it. Kept with the ceiling-price version so that the project page can list it.
/// </summary>
public sealed record MaterialCheck(string Region, string RegionName, YearMonth? Month, decimal Band, ImmutableArray<MaterialCheckLine> Lines)
{
    /// <summary>How many rows have the status.</summary>
    public int Count(MaterialStatus status) => Lines.Count(l => l.Status == status);

    /// <summary>Rows matched to a catalogued material (compared, or without a published price).</summary>
    public int Matched() => Lines.Count(l => l.Status is MaterialStatus.Within or MaterialStatus.Deviating or MaterialStatus.NoPrice);

    /// <summary>Labour and machinery rows: listed, not compared.</summary>
    public int NotCompared() => Lines.Count(l => l.Status is MaterialStatus.Labour or MaterialStatus.Machinery);

    /// <summary>A <see cref="FindingRules.MaterialPrice"/> warning at the price cell of each deviating row.</summary>
    public ImmutableArray<BoqFinding> Findings() =>
        [.. Lines.Where(l => l.Status == MaterialStatus.Deviating).Select(Finding)];

    /// <summary>The row's name and spec as one text, the way the table prints 名称、规格、型号.</summary>
    public static string Label(MaterialRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Spec.Length == 0 ? row.Name : $"{row.Name} {row.Spec}";
    }

    private BoqFinding Finding(MaterialCheckLine line)
    {
        var row = line.Row;
        var deviation = line.DeviationPercent!.Value;
        var stated = Money.Round(row.Price!.Value);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"主要材料“{Label(row)}”单价 {stated:#,0.00} 元/{row.Unit} 比{line.PriceRegionName} {Month?.ToChinese()}除税信息价 {line.InfoPrice:#,0.00} 元/{row.Unit} {(deviation > 0 ? "高" : "低")} {Math.Abs(deviation):0.0}%，超出 ±{Band * 100m:0.##}% 的范围，请核实。");
        return new BoqFinding(FindingSeverity.Warning, FindingRules.MaterialPrice, row.Sheet, row.Row, row.PriceColumn, row.UnitWork,
            row.Code, Label(row), message, stated, line.InfoPrice);
    }
}
