using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>Small bills for tests: one unit work with a few lines, lump sums, other items and fees.</summary>
internal sealed class BoqBuilder
{
    private const string Measured = "分部分项工程费+单价措施项目费";
    private readonly List<BoqLine> _lines = [];
    private readonly List<LumpSumMeasure> _lumpSums = [];
    private readonly List<StatutoryFee> _fees = [];
    private OtherItems _other = new(10_000m, 5_000m, 1_200m, 150m);
    private string _name = "测试项目-建筑与装饰工程";

    public static BoqBuilder Typical() => new BoqBuilder()
        .Line("010101001001", "平整场地", "m2", 100.5m, 1.85m)
        .Line("010501003001", "独立基础", "m3", 20.25m, 585.6m)
        .Line("010502001001", "矩形柱", "m3", 12m, 612.4m)
        .Line("010515001001", "现浇构件钢筋", "t", 3.125m, 5486.5m)
        .Line("011701001001", "综合脚手架", "m2", 300m, 38.6m)
        .Line("011702002001", "矩形柱模板", "m2", 80m, 68.5m)
        .LumpSum("安全文明施工费", Measured, 3.5m)
        .LumpSum("二次搬运费", "定额人工费", 1.2m, stated: 860m)
        .Fee("1.1", "社会保险费", "分部分项工程费+措施项目费", 3.55m)
        .Fee("1.2", "住房公积金", "分部分项工程费+措施项目费", 0.85m);

    public BoqBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public BoqBuilder Line(string code, string name, string unit, decimal quantity, decimal rate, decimal? provisional = null)
    {
        var kind = ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork;
        _lines.Add(new BoqLine(code, name, "1.特征：" + name, unit, quantity, rate, kind, provisional));
        return this;
    }

    public BoqBuilder LumpSum(string name, string baseText, decimal? rate, decimal? stated = null)
    {
        _lumpSums.Add(new LumpSumMeasure($"0117070{_lumpSums.Count + 1:00}001", name, baseText, CostBaseParser.Parse(baseText), rate, stated));
        return this;
    }

    public BoqBuilder Fee(string number, string name, string baseText, decimal? rate, decimal? stated = null)
    {
        _fees.Add(new StatutoryFee(number, name, baseText, CostBaseParser.Parse(baseText), rate, stated));
        return this;
    }

    public BoqBuilder Other(OtherItems other)
    {
        _other = other;
        return this;
    }

    public UnitWork BuildUnit() => new(_name, [.. _lines], [.. _lumpSums], _other, [.. _fees]);

    /// <summary>The bill as it reads back from a written workbook (stated amounts settled).</summary>
    public Boq Build() => StatedAmounts.Settle(new Boq(ImmutableArray.Create(BuildUnit())), Workbooks.RuleSet);
}
