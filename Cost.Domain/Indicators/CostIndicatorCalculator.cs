using System.Collections.Immutable;

namespace Cost.Domain.Indicators;

/// <summary>
/// Cost indicators (造价指标, GB/T 51290-2018) of filed projects by project type: cost per m² in
/// total, by cost part and by unit work; consumption per m² of steel (010515 现浇构件钢筋, t),
/// concrete (0105 lines in m³) and formwork (011702 lines in m²); the award ratio (winning bid ÷
/// ceiling price). A cell with fewer than 3 projects is not published (too few to keep a project's
/// price from being read back, and too few to mean anything).
/// </summary>
public static class CostIndicatorCalculator
{
    public const int MinimumProjects = 3;

    public static readonly IndicatorMeasure Total = new("total", "单方造价", "元/m²", "造价", true);
    public static readonly IndicatorMeasure MeasuredWorks = new("measured-works", "分部分项工程费", "元/m²", "造价", true);
    public static readonly IndicatorMeasure Measures = new("measures", "措施项目费", "元/m²", "造价", true);
    public static readonly IndicatorMeasure OtherItems = new("other-items", "其他项目费", "元/m²", "造价", true);
    public static readonly IndicatorMeasure Fees = new("statutory-fees", "规费", "元/m²", "造价", true);
    public static readonly IndicatorMeasure Tax = new("tax", "税金", "元/m²", "造价", true);
    public static readonly IndicatorMeasure Steel = new("steel", "钢筋含量", "t/m²", "消耗量", false);
    public static readonly IndicatorMeasure Concrete = new("concrete", "混凝土含量", "m³/m²", "消耗量", false);
    public static readonly IndicatorMeasure Formwork = new("formwork", "模板含量", "m²/m²", "消耗量", false);
    public static readonly IndicatorMeasure AwardRatio = new("award-ratio", "中标价 ÷ 最高投标限价", "", "中标", false);

    /// <param name="values">The filed tenders' values (<see cref="Values"/>).</param>
    /// <param name="priceLevel">Multiplies the money measures of a project type filed in a month (e.g. today's composite index ÷ the one of its filing month); 1 when null.</param>
    /// <returns>The cells by project type (ordinal), then measure (<see cref="MeasureOrder"/>).</returns>
    public static ImmutableArray<IndicatorCell> Compute(IEnumerable<IndicatorValue> values, Func<string, YearMonth, double>? priceLevel = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var cells = new IndicatorCellSet(priceLevel: priceLevel);
        cells.Replace([], values);
        return cells.Cells;
    }

    /// <summary>
    /// Where a measure stands in a type's cells: cost per m² in total and by part, by unit work (in code order), the
    /// consumptions, the award ratio.
    /// </summary>
    public static int MeasureOrder(string measureCode)
    {
        ArgumentNullException.ThrowIfNull(measureCode);
        // Even ranks for the fixed measures, the odd one after tax for the unit works, the last for any other.
        var fixedAt = Array.FindIndex(Ordered, m => m.Code == measureCode);
        return fixedAt >= 0 ? 2 * fixedAt : measureCode.StartsWith("unit:", StringComparison.Ordinal) ? 2 * Array.IndexOf(Ordered, Tax) + 1 : 2 * Ordered.Length;
    }

    /// <summary>One project's indicator values as filed (a measure it has no data for is left out); none without a positive building area.</summary>
    public static IEnumerable<IndicatorValue> Values(IndicatorProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.BuildingArea > 0 ? MeasuresOf(project).Select(m => new IndicatorValue(project.TenderCode, project.ProjectType, project.Region, project.FiledMonth, m.Measure, m.Value)) : [];
    }

    private static IEnumerable<(IndicatorMeasure Measure, double Value)> MeasuresOf(IndicatorProject project)
    {
        var area = (double)project.BuildingArea;
        double PerM2(decimal yuan) => (double)yuan / area;
        var units = project.Price.Units;
        yield return (Total, PerM2(project.Price.Total));
        yield return (MeasuredWorks, PerM2(units.Sum(u => u.MeasuredWorks)));
        yield return (Measures, PerM2(units.Sum(u => u.Measures)));
        yield return (OtherItems, PerM2(units.Sum(u => u.OtherItems)));
        yield return (Fees, PerM2(units.Sum(u => u.StatutoryFees)));
        yield return (Tax, PerM2(units.Sum(u => u.Tax)));
        foreach (var unit in units)
        {
            var name = UnitWorkKind(unit.Name);
            yield return (new IndicatorMeasure("unit:" + name, name, "元/m²", "单位工程", true), PerM2(unit.Total));
        }

        var lines = project.Boq.UnitWorks.SelectMany(u => u.Lines).ToList();
        foreach (var (measure, prefix, unit) in Consumptions)
        {
            // A bill without such lines (a road has no 现浇构件钢筋) says nothing about the content; it is not a zero.
            var matching = lines.Where(l => l.ItemCode.StartsWith(prefix, StringComparison.Ordinal) && l.Unit == unit).ToList();
            if (matching.Count > 0)
            {
                yield return (measure, (double)matching.Sum(l => l.Quantity) / area);
            }
        }

        if (project.AwardPrice is { } award && project.Price.Total > 0)
        {
            yield return (AwardRatio, (double)(award / project.Price.Total));
        }
    }

    /// <summary>The kind of a unit work from its name: "西安市某中学教学楼-建筑与装饰工程" → "建筑与装饰工程".</summary>
    public static string UnitWorkKind(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        var dash = unitName.LastIndexOf('-');
        return dash >= 0 && dash < unitName.Length - 1 ? unitName[(dash + 1)..] : unitName;
    }

    private static readonly IndicatorMeasure[] Ordered = [Total, MeasuredWorks, Measures, OtherItems, Fees, Tax, Steel, Concrete, Formwork, AwardRatio];

    private static readonly (IndicatorMeasure Measure, string Prefix, string Unit)[] Consumptions =
    [
        (Steel, "010515", "t"),
        (Concrete, "0105", "m3"),
        (Formwork, "011702", "m2"),
    ];
}
