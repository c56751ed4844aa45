using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Samples;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Importers.Bills;

/// <summary>Generated bills, kept small so that a property runs in seconds.</summary>
internal static class BoqGenerators
{
    private static readonly string[] UnitNames = ["甲项目-建筑与装饰工程", "甲项目-给排水工程", "乙项目-电气工程", "丙项目（二期）-装饰工程"];
    private static readonly string[] Prefixes = ["0101", "0104", "0105", "0108", "0111", "0117", "0310", "0313"];
    private static readonly string[] LineNames = ["挖一般土方", "砌块墙", "矩形柱", "现浇构件钢筋", "综合脚手架", "镀锌钢管", "块料楼地面"];
    private static readonly string[] Units = ["m3", "m2", "m", "t", "kg", "个", "项", "樘"];
    private static readonly string[] Bases = ["分部分项工程费+单价措施项目费", "分部分项工程费", "定额人工费", "分部分项工程费+措施项目费", "", "其他项目费"];
    private static readonly string[] LumpSumNames = ["安全文明施工费", "夜间施工增加费", "二次搬运费", "冬雨季施工增加费"];
    private static readonly string[] FeeNames = ["社会保险费", "住房公积金", "工程排污费"];

    private static Gen<decimal> Decimal(int max, int scale) =>
        Gen.Choose(0, max).Select(n => n / (decimal)Math.Pow(10, scale));

    private static Gen<BoqLine> Line(int index) =>
        from prefix in Gen.Elements(Prefixes)
        from tail in Gen.Choose(0, 99_999)
        from name in Gen.Elements(LineNames)
        from unit in Gen.Elements(Units)
        from quantity in Decimal(5_000_000, 3)
        from rate in Decimal(2_000_000, 2)
        from underMeasures in Gen.Elements(false, false, true)
        from provisional in Gen.Elements<decimal?>(null, null, 1234.5m)
        let code = $"{prefix}{index:000}{tail:00000}"
        let kind = underMeasures || ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork
        select new BoqLine(code, name, $"1.规格：{tail}\n2.部位：{index}层", unit, quantity, rate, kind, provisional);

    private static Gen<LumpSumMeasure> LumpSum(int index) =>
        from name in Gen.Elements(LumpSumNames)
        from baseText in Gen.Elements(Bases)
        from rate in Gen.Elements<decimal?>(null, 0.5m, 3.5m, 1.25m)
        from stated in Gen.Elements<decimal?>(null, 860m, 12_345.67m)
        select new LumpSumMeasure($"0117070{index + 1:00}001", name, baseText, CostBaseParser.Parse(baseText), rate, stated);

    private static Gen<StatutoryFee> Fee(int index) =>
        from baseText in Gen.Elements(Bases)
        from rate in Gen.Elements<decimal?>(null, 3.55m, 0.85m)
        from stated in Gen.Elements<decimal?>(null, 2_000m)
        select new StatutoryFee($"1.{index + 1}", FeeNames[index % FeeNames.Length], baseText, CostBaseParser.Parse(baseText), rate, stated);

    private static Gen<ImmutableArray<T>> Indexed<T>(int max, Func<int, Gen<T>> item) =>
        from count in Gen.Choose(0, max)
        from items in Gen.CollectToArray(Enumerable.Range(0, count).Select(item))
        select items.ToImmutableArray();

    private static Gen<UnitWork> Unit(string name) =>
        from lines in Indexed(8, Line)
        from lumpSums in Indexed(3, LumpSum)
        from fees in Indexed(3, Fee)
        from other in Gen.CollectToArray(Enumerable.Range(0, 4).Select(_ => Decimal(10_000_000, 2)))
        from vat in Gen.Elements<decimal?>(null, 0.09m, 0.03m)
        let o = other.ToArray()
        select new UnitWork(name, lines, lumpSums, new OtherItems(o[0], o[1], o[2], o[3]), fees, vat);

    public static Gen<Boq> Boq =>
        from count in Gen.Choose(1, 2)
        from names in Gen.Shuffle(UnitNames)
        from units in Gen.CollectToArray(names.Take(count).Select(Unit))
        select StatedAmounts.Settle(new Boq([.. units]), Workbooks.RuleSet);

    public static Gen<BoqWriteOptions> Options =>
        from perPage in Gen.Choose(1, 6)
        from codesAsNumbers in Gen.Elements(false, true)
        from numbersAsText in Gen.Elements(false, true)
        select new BoqWriteOptions(perPage, codesAsNumbers, numbersAsText);
}
