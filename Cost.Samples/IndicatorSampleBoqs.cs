using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;

namespace Cost.Samples;

/// <summary>
/// Eight more sample tenders for the cost indicators and the unit-rate check: the sample school's
/// bill re-scaled to another building's area and type, with every unit rate moved by a fixed,
/// reproducible amount within ±12 % (no random generator: the files must regenerate byte for byte).
/// The steel and formwork quantities per m² differ by type (residential lighter, offices heavier).
/// </summary>
public static class IndicatorSampleBoqs
{
    /// <summary>One generated tender: its workbook file, name, type, building area and the seed of its rate moves.</summary>
    public sealed record Spec(string FileName, string TenderName, string ProjectType, decimal BuildingArea, int Seed, decimal SteelFactor);

    public static readonly ImmutableArray<Spec> All =
    [
        new("西安市某住宅小区1号楼-招标控制价.xlsx", "西安市某住宅小区1号楼", "residential", 9860.0m, 11, 0.88m),
        new("西安市某住宅小区2号楼-招标控制价.xlsx", "西安市某住宅小区2号楼", "residential", 11240.0m, 23, 0.92m),
        new("西安市某安置房3号楼-招标控制价.xlsx", "西安市某安置房3号楼", "residential", 8420.0m, 37, 0.85m),
        new("西安市某小学综合楼-招标控制价.xlsx", "西安市某小学综合楼", "school", 7650.0m, 41, 1.0m),
        new("西安市某职业学院实训楼-招标控制价.xlsx", "西安市某职业学院实训楼", "school", 15200.0m, 53, 1.05m),
        new("西安市某区政务服务中心-招标控制价.xlsx", "西安市某区政务服务中心", "office", 16800.0m, 67, 1.12m),
        new("西安市某科技企业办公楼-招标控制价.xlsx", "西安市某科技企业办公楼", "office", 13400.0m, 71, 1.08m),
        new("西安市某国有企业研发楼-招标控制价.xlsx", "西安市某国有企业研发楼", "office", 10900.0m, 89, 1.15m),
    ];

    /// <summary>The sample school's building area, the scale every other bill is taken from.</summary>
    public const decimal SampleArea = 12860.5m;

    public static Boq Create(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var scale = spec.BuildingArea / SampleArea;
        var units = SampleBoq.Create().UnitWorks.Select(u => Vary(u, spec, scale)).ToImmutableArray();
        return StatedAmounts.Settle(new Boq(units), SampleBoq.RuleSet);
    }

    public static void Write(Spec spec, Stream output) =>
        BoqWorkbookWriter.Write(Create(spec), SampleBoq.RuleSet, output, SampleWorkbooks.Options with { TenderName = spec.TenderName });

    private static UnitWork Vary(UnitWork unit, Spec spec, decimal scale)
    {
        var suffix = unit.Name[unit.Name.LastIndexOf('-')..];
        var lines = unit.Lines.Select((l, i) =>
        {
            var kind = l.ItemCode.StartsWith("010515", StringComparison.Ordinal) || l.ItemCode.StartsWith("011702", StringComparison.Ordinal) ? spec.SteelFactor : 1m;
            var quantity = l.Unit is "项" or "台次" or "组" ? l.Quantity : Math.Round(l.Quantity * scale * kind, l.Unit == "t" ? 3 : 2, MidpointRounding.AwayFromZero);
            var move = ((spec.Seed * 7919 + i * 104_729) % 2401 - 1200) / 10_000m;
            return l with { Quantity = Math.Max(quantity, 1m), UnitRate = Money.Round(l.UnitRate * (1 + move)), ProvisionalInRate = l.ProvisionalInRate is { } p ? Money.Round(p * scale) : null };
        }).ToImmutableArray();
        var lumpSums = unit.LumpSums.Select(m => m.StatedAmount is { } stated ? m with { StatedAmount = Money.Round(stated * scale) } : m).ToImmutableArray();
        var o = unit.OtherItems;
        var other = new OtherItems(Money.Round(Math.Round(o.Contingency * scale / 1000m) * 1000m), Money.Round(o.ProfessionalProvisional * scale),
            Money.Round(o.Daywork * scale), Money.Round(o.MainContractorAttendance * scale));
        return unit with { Name = spec.TenderName + suffix, Lines = lines, LumpSums = lumpSums, OtherItems = other };
    }
}
