using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Samples;

namespace Cost.Benchmarks;

/// <summary>Deterministic large bills: realistic codes, quantities and rates, a few lump sums and fees.</summary>
public static class BenchBills
{
    public static readonly RuleSet RuleSet = SampleBoq.RuleSet with
    {
        Code = "GB/T50500-2024", Name = "建设工程工程量清单计价标准 GB/T 50500-2024", InForceFrom = new DateOnly(2025, 9, 1),
    };

    public static Boq Create(int lineCount, int unitWorks = 1)
    {
        var random = new Random(20261125);
        var units = Enumerable.Range(0, unitWorks).Select(u =>
        {
            var count = lineCount / unitWorks + (u < lineCount % unitWorks ? 1 : 0);
            var lines = Enumerable.Range(0, count).Select(i =>
            {
                var measure = i % 10 == 9;
                var code = (measure ? "0117" : "0105") + (i % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                return new BoqLine(code, measure ? "模板" : "现浇混凝土", "C30 商品混凝土", "m3",
                    Math.Round((decimal)(random.NextDouble() * 500), 3), Math.Round((decimal)(100 + random.NextDouble() * 900), 2),
                    measure ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork);
            });
            const string measuredBase = "分部分项工程费+单价措施项目费";
            return new UnitWork($"基准工程-单位工程{u + 1}", [.. lines],
                [new LumpSumMeasure("011707001001", "安全文明施工费", measuredBase, CostBaseParser.Parse(measuredBase), 3.5m, null),
                 new LumpSumMeasure("011707002001", "夜间施工增加费", measuredBase, CostBaseParser.Parse(measuredBase), 0.5m, null)],
                new OtherItems(100_000m, 50_000m, 8_000m, 2_000m),
                [new StatutoryFee("1.1", "社会保险费", "分部分项工程费+措施项目费", CostBaseParser.Parse("分部分项工程费+措施项目费"), 3.55m, null)]);
        });
        return new Boq([.. units]);
    }
}
