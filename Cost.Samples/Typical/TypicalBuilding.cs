using System.Collections.Immutable;
using Cost.Domain.Bills;

namespace Cost.Samples.Typical;

/// <summary>
/// The building unit work of a typical bill: the sample school's 表-08 lines with their quantities
/// re-derived per m² for another type (<see cref="BuildingProfile"/>) — concrete and reinforcement to
/// the type's content per m², formwork following the concrete of its element — plus the envelope and
/// finishes the sample leaves out (<see cref="TypicalLines.Finishes"/>).
/// </summary>
internal static class TypicalBuilding
{
    // Formwork line → the concrete element it shapes (GB 50854-2013 S.2 against E.1–E.5).
    private static readonly Dictionary<string, string> FormworkOf = new(StringComparer.Ordinal)
    {
        ["011702001"] = "010501003",
        ["011702002"] = "010502001",
        ["011702003"] = "010502002",
        ["011702006"] = "010503002",
        ["011702008"] = "010503004",
        ["011702011"] = "010504001",
        ["011702014"] = "010505001",
    };

    public static IEnumerable<LineTemplate> Lines(BuildingProfile profile)
    {
        var sample = SampleBoq.Create().UnitWorks[0].Lines;
        var concrete = sample.Where(IsConcrete).ToList();
        var weights = concrete.ToDictionary(l => l.ItemCode, l => l.Quantity * (l.ItemCode.StartsWith("010504", StringComparison.Ordinal) ? profile.WallWeight : 1m));
        var weightSum = weights.Values.Sum();
        var newConcrete = weights.ToDictionary(w => w.Key[..9], w => profile.ConcretePerM2 * w.Value / weightSum);
        var steel = sample.Where(l => l.ItemCode.StartsWith("010515", StringComparison.Ordinal)).Sum(l => l.Quantity) / IndicatorSampleBoqs.SampleArea;
        var steelFactor = profile.SteelPerM2 / steel;

        foreach (var line in sample)
        {
            var perM2 = line.Quantity / IndicatorSampleBoqs.SampleArea;
            var code = line.ItemCode;
            var (quantity, rate) = code switch
            {
                _ when IsConcrete(line) => (newConcrete[code[..9]], line.UnitRate),
                _ when code.StartsWith("010515", StringComparison.Ordinal) || code.StartsWith("010516", StringComparison.Ordinal) => (perM2 * steelFactor, line.UnitRate),
                _ when FormworkOf.TryGetValue(code[..9], out var element) => (perM2 * newConcrete[element] / (SampleQuantity(sample, element) / IndicatorSampleBoqs.SampleArea), line.UnitRate),
                _ when code.StartsWith("0101", StringComparison.Ordinal) => (perM2 * profile.Earthwork, line.UnitRate),
                _ when code.StartsWith("0104", StringComparison.Ordinal) => (perM2 * profile.Masonry, line.UnitRate),
                _ when code.StartsWith("0108", StringComparison.Ordinal) => (perM2 * profile.Openings, line.UnitRate),
                _ when code.StartsWith("010902", StringComparison.Ordinal) => (perM2 * profile.Roofing, line.UnitRate),
                _ when code.StartsWith("011209", StringComparison.Ordinal) => (perM2 * profile.CurtainWall, line.UnitRate),
                _ when code.StartsWith("0111", StringComparison.Ordinal) || code.StartsWith("0112", StringComparison.Ordinal) => (perM2 * profile.Finishes, line.UnitRate),
                // 综合脚手架 and 垂直运输 are measured on the whole building area (GB 50854-2013 S.1, S.3); taller buildings cost more per m².
                _ when code.StartsWith("011701001", StringComparison.Ordinal) => (1m, line.UnitRate),
                _ when code.StartsWith("011703", StringComparison.Ordinal) => (1m, line.UnitRate * profile.HighRise),
                _ when code.StartsWith("011705", StringComparison.Ordinal) => (0m, line.UnitRate * profile.HighRise),
                _ => (perM2, line.UnitRate),
            };
            if (quantity > 0 || code.StartsWith("011705", StringComparison.Ordinal))
            {
                yield return new LineTemplate(code, line.Name, line.Features, line.Unit, quantity, rate);
            }
        }

        foreach (var extra in TypicalLines.Finishes)
        {
            var factor = extra.Code.StartsWith("011302", StringComparison.Ordinal) ? profile.Ceilings : profile.Finishes;
            yield return extra with { PerM2 = extra.PerM2 * factor };
        }
    }

    /// <summary>The sample building's lump sums (表-11), its other items' shape and its fees.</summary>
    public static UnitWork SampleUnit => SampleBoq.Create().UnitWorks[0];

    private static bool IsConcrete(BoqLine line) =>
        line.ItemCode.StartsWith("0105", StringComparison.Ordinal) && line.Unit == "m3";

    private static decimal SampleQuantity(ImmutableArray<BoqLine> sample, string element) =>
        sample.Where(l => l.ItemCode.StartsWith(element, StringComparison.Ordinal) && l.Unit == "m3").Sum(l => l.Quantity);
}
