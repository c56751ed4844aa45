using System.Collections.Immutable;
using System.Diagnostics;
using Cost.Domain.Bills;
using Cost.Importers.Bills;
using Xunit.Abstractions;

namespace Cost.Tests.Importers;

/// <summary>Import speed and memory on a 20,000-line bill (DESIGN: under 3 s, under 300 MB).</summary>
public class LargeWorkbookTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Performance")]
    public void A_20000_line_workbook_imports_quickly()
    {
        var boq = LargeBoq(20_000);
        var xlsx = Workbooks.Write(boq, new BoqWriteOptions(LinesPerPage: 50));
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = Workbooks.Read(xlsx);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{xlsx.Length / 1024} KB, read in {watch.ElapsedMilliseconds} ms, allocated {allocated / 1_000_000} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");

        Assert.Empty(result.Errors());
        Assert.Equal(20_000, result.Boq!.LineCount);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
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
