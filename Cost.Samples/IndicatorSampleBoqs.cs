using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Samples.Typical;

namespace Cost.Samples;

/// <summary>
/// Sample tenders for the cost indicators and the unit-rate check: complete bills of typical
/// residential towers, schools, offices, hospitals (building, plumbing, electrical, fire protection,
/// air conditioning) and urban roads (road, drainage and street lighting), built from quantities per m² by type
/// (<see cref="BuildingProfile"/>, <see cref="TypicalLines"/>) at 2026 Xi'an rates, so that their
/// 单方造价 and concrete and steel per m² fall in the ranges data/indicator-samples.json states.
/// Quantities vary by ±6 % and unit rates by ±12 % with a fixed rule per tender (no random
/// generator: the files must regenerate byte for byte).
/// </summary>
public static class IndicatorSampleBoqs
{
    /// <summary>One generated tender: its workbook file, name, type, building area (road area for roads) and the seed of its variations.</summary>
    public sealed record Spec(string FileName, string TenderName, string ProjectType, decimal BuildingArea, int Seed);

    public static readonly ImmutableArray<Spec> All =
    [
        Of("西安市某住宅小区1号楼", "residential", 9860.0m, 11),
        Of("西安市某住宅小区2号楼", "residential", 11240.0m, 23),
        Of("西安市某安置房3号楼", "residential", 8420.0m, 37),
        Of("西安市某小学综合楼", "school", 7650.0m, 41),
        Of("西安市某职业学院实训楼", "school", 15200.0m, 53),
        Of("西安市某中学图书馆", "school", 6840.0m, 59),
        Of("西安市某区政务服务中心", "office", 16800.0m, 67),
        Of("西安市某科技企业办公楼", "office", 13400.0m, 71),
        Of("西安市某国有企业研发楼", "office", 10900.0m, 89),
        Of("西安市某区人民医院门诊医技楼", "hospital", 18600.0m, 97),
        Of("西安市某中医医院住院楼", "hospital", 21400.0m, 101),
        Of("西安市某妇幼保健院综合楼", "hospital", 9800.0m, 107),
        Of("西安市某新区纵三路道路工程", "municipal-road", 42000.0m, 113),
        Of("西安市某区横二路道路工程", "municipal-road", 28600.0m, 127),
        Of("西安市某县城区道路改造工程", "municipal-road", 19800.0m, 131),
    ];

    /// <summary>The sample school's building area, the scale every building bill is taken from.</summary>
    public const decimal SampleArea = 12860.5m;

    public static Boq Create(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var units = spec.ProjectType == "municipal-road" ? Road(spec) : Building(spec);
        return StatedAmounts.Settle(new Boq([.. units]), SampleBoq.RuleSet);
    }

    public static void Write(Spec spec, Stream output) =>
        BoqWorkbookWriter.Write(Create(spec), SampleBoq.RuleSet, output, SampleWorkbooks.Options with { TenderName = spec.TenderName });

    private static Spec Of(string name, string type, decimal area, int seed) => new(name + "-招标控制价.xlsx", name, type, area, seed);

    private static IEnumerable<UnitWork> Building(Spec spec)
    {
        var profile = BuildingProfile.All.Single(p => p.ProjectType == spec.ProjectType);
        var building = TypicalBuilding.SampleUnit;
        var installation = SampleBoq.Create().UnitWorks[1];
        var plumbing = installation.Lines.Select(l => new LineTemplate(l.ItemCode, l.Name, l.Features, l.Unit,
            l.Unit == "项" ? 0m : l.Quantity / SampleArea * profile.Plumbing, l.Unit == "项" ? l.UnitRate * spec.BuildingArea / SampleArea : l.UnitRate));
        yield return Unit(spec, "建筑与装饰工程", TypicalBuilding.Lines(profile), building.LumpSums, 180_000m);
        yield return Unit(spec, "给排水工程", plumbing, installation.LumpSums, 0m);
        yield return Unit(spec, "电气工程", Scaled(TypicalLines.Electrical, profile.Electrical), installation.LumpSums, 60_000m);
        yield return Unit(spec, "消防工程", Scaled(TypicalLines.FireProtection, profile.FireProtection), installation.LumpSums, 0m);
        if (profile.AirConditioning > 0)
        {
            yield return Unit(spec, "通风空调工程", Scaled(TypicalLines.AirConditioning, profile.AirConditioning), installation.LumpSums, 0m);
        }
    }

    private static IEnumerable<UnitWork> Road(Spec spec)
    {
        // GB 50857-2013 L.9 总价措施项目.
        const string measured = "分部分项工程费+单价措施项目费";
        ImmutableArray<LumpSumMeasure> lumpSums =
        [
            new("041109001001", "安全文明施工费", measured, CostBaseParser.Parse(measured), 3.5m, null),
            new("041109002001", "夜间施工增加费", measured, CostBaseParser.Parse(measured), 0.3m, null),
            new("041109004001", "冬雨季施工增加费", measured, CostBaseParser.Parse(measured), 0.5m, null),
            new("041109005001", "行车、行人干扰", measured, CostBaseParser.Parse(measured), 0.8m, null),
        ];
        yield return Unit(spec, "道路工程", TypicalLines.Road.Concat(TypicalLines.RoadMeasures), lumpSums, 0m);
        yield return Unit(spec, "排水工程", TypicalLines.RoadDrainage, lumpSums, 0m);
        yield return Unit(spec, "路灯工程", TypicalLines.RoadLighting, lumpSums, 0m);
    }

    private static IEnumerable<LineTemplate> Scaled(IEnumerable<LineTemplate> lines, decimal factor) =>
        lines.Select(l => l with { PerM2 = l.PerM2 * factor });

    private static UnitWork Unit(Spec spec, string kind, IEnumerable<LineTemplate> templates, ImmutableArray<LumpSumMeasure> sampleLumpSums, decimal provisional)
    {
        var scale = spec.BuildingArea / SampleArea;
        var lines = templates.Select((t, i) =>
        {
            var quantityMove = ((spec.Seed * 6007 + i * 7_919) % 1201 - 600) / 10_000m;
            var rateMove = ((spec.Seed * 7919 + i * 104_729) % 2401 - 1200) / 10_000m;
            var raw = t.PerM2 * spec.BuildingArea * (1 + quantityMove);
            var quantity = t.IsCounted ? Math.Max(Math.Round(raw, MidpointRounding.AwayFromZero), 1m) : Math.Round(raw, t.Unit == "t" ? 3 : 2, MidpointRounding.AwayFromZero);
            return new BoqLine(t.Code, t.Name, t.Features, t.Unit, Math.Max(quantity, 0.01m), Money.Round(t.Rate * (1 + rateMove)),
                t.IsMeasure ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork);
        }).ToImmutableArray();
        var lumpSums = sampleLumpSums.Select(m => m.StatedAmount is { } stated ? m with { StatedAmount = Money.Round(stated * scale) } : m).ToImmutableArray();
        var measured = lines.Where(l => l.Kind == LineKind.MeasuredWork).Sum(l => l.Amount);
        var other = new OtherItems(SampleBoq.Thousands(measured * 0.10m), Money.Round(provisional * scale), Money.Round(3_200m * scale), Money.Round(provisional * scale * 0.03m));
        return new UnitWork($"{spec.TenderName}-{kind}", lines, lumpSums, other, SampleBoq.Fees());
    }
}
