using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// A bill of realistic size reads back whole. Speed and memory are measured in Cost.Benchmarks
/// (ImportBenchmark, --peak-import), never asserted here.
/// </summary>
public class LargeWorkbookTests
{
    [Fact]
    public void A_20000_line_workbook_reads_back_whole_without_errors()
    {
        var boq = LargeBoq(20_000);
        var result = Workbooks.Read(Workbooks.Write(boq, new BoqWriteOptions(LinesPerPage: 50)));

        Assert.Empty(result.Errors());
        Assert.Equal(20_000, result.Boq!.LineCount);
        BoqAssert.Same(boq, result.Boq);
    }

    internal static Boq LargeBoq(int lines)
    {
        var prefixes = new[] { "0101", "0104", "0105", "0108", "0111", "0117" };
        var builder = ImmutableArray.CreateBuilder<BoqLine>(lines);
        for (var i = 0; i < lines; i++)
        {
            var prefix = prefixes[i * prefixes.Length / lines];
            var code = $"{prefix}{i:00000000}";
            var kind = ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork;
            builder.Add(new BoqLine(code, $"清单项目{i}", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3",
                10m + (i % 997) * 0.37m, 100m + (i % 613) * 1.13m, kind));
        }

        var unit = new BoqBuilder().BuildUnit() with { Name = "大型项目-建筑与装饰工程", Lines = builder.MoveToImmutable() };
        return StatedAmounts.Settle(new Boq([unit]), Workbooks.RuleSet);
    }
}
