using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;

namespace Cost.Samples;

/// <summary>
/// The demo tender 西安市某中学教学楼: a building unit work (~60 lines) and a plumbing unit work
/// (~20 lines) with realistic Xi'an 2024 rates. Deterministic: tests assert that the sample
/// workbook in data/samples reads back to exactly <see cref="Create"/>.
/// </summary>
public static class SampleBoq
{
    public const string TenderName = "西安市某中学教学楼";
    public const string BuildingUnit = TenderName + "-建筑与装饰工程";
    public const string PlumbingUnit = TenderName + "-给排水工程";

    /// <summary>
    /// A 编制人 and 复核人 for the sample: registered engineers of the demo consultant's firm 陕西秦川工程造价咨询有限公司
    /// (data/firms.json); the 编制人 by name only, as many 扉页 write it.
    /// </summary>
    public static readonly Signatories Signatories = new(new Signatory("赵明远"), new Signatory("孙丽华", "建[造]16610000456"));

    /// <summary>
    /// GB 50500-2013 as data/rule-sets/GB50500-2013.json has it (arithmetic only; 一般计税 9 %, 简易计税 3 %),
    /// the rule set the sample is priced under, applied with 一般计税.
    /// </summary>
    public static readonly RuleSet RuleSet = new("GB50500-2013", "建设工程工程量清单计价规范 GB 50500-2013", RuleSetKind.National, new DateOnly(2013, 7, 1),
        [new TaxRule(TaxMethod.General, "一般计税法", 9m, TaxBase), new TaxRule(TaxMethod.Simple, "简易计税法", 3m, TaxBase)], [], []);

    private const string TaxBase = "分部分项工程费+措施项目费+其他项目费+规费";

    private const string Measured = "分部分项工程费+单价措施项目费";
    private const string FeeBase = "分部分项工程费+措施项目费";

    /// <summary>The sample bill, with stated amounts as the workbook states them.</summary>
    public static Boq Create() => StatedAmounts.Settle(new Boq([Building(), Plumbing()]), RuleSet);

    private static UnitWork Building()
    {
        ImmutableArray<BoqLine> lines =
        [
            L("010101001001", "平整场地", "1.土壤类别：三类土\n2.弃土运距：场内平衡", "m2", 1856.40m, 1.85m),
            L("010101002001", "挖一般土方", "1.土壤类别：三类土\n2.挖土深度：4.5m以内\n3.弃土运距：5km", "m3", 6820.50m, 18.60m),
            L("010101004001", "挖基坑土方", "1.土壤类别：三类土\n2.挖土深度：2m以内", "m3", 342.80m, 32.45m),
            L("010103001001", "回填方", "1.密实度要求：压实系数≥0.94\n2.填方材料品种：素土", "m3", 2150.30m, 25.80m),
            L("010103002001", "余方弃置", "1.废弃料品种：土方\n2.运距：10km", "m3", 5013.00m, 21.50m),
            L("010401001001", "砖基础", "1.砖品种、规格、强度等级：MU15页岩实心砖\n2.基础类型：条形\n3.砂浆强度等级：M7.5水泥砂浆", "m3", 86.40m, 512.30m),
            L("010401003001", "实心砖墙", "1.砖品种、规格、强度等级：MU10页岩实心砖\n2.墙体类型：240mm外墙\n3.砂浆强度等级：M5.0混合砂浆", "m3", 125.60m, 498.75m),
            L("010402001001", "砌块墙", "1.砌块品种：蒸压加气混凝土砌块\n2.墙体类型：200mm厚内墙\n3.砂浆强度等级：M5.0专用砂浆", "m3", 1268.35m, 468.20m),
            L("010401012001", "零星砌砖", "1.零星砌砖名称、部位：台阶挡墙\n2.砂浆强度等级：M5.0水泥砂浆", "m3", 12.50m, 560.00m),
            L("010501001001", "垫层", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C15", "m3", 98.60m, 468.50m),
            L("010501003001", "独立基础", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3", 286.40m, 585.60m),
            L("010502001001", "矩形柱", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3", 312.75m, 612.40m),
            L("010502002001", "构造柱", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C25", "m3", 68.30m, 648.90m),
            L("010503002001", "矩形梁", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3", 186.50m, 598.30m),
            L("010503004001", "圈梁", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C25", "m3", 42.80m, 655.20m),
            L("010503005001", "过梁", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C25", "m3", 18.40m, 672.10m),
            L("010504001001", "直形墙", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30\n3.墙厚：200mm", "m3", 96.20m, 596.80m),
            L("010505001001", "有梁板", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3", 862.40m, 589.70m),
            L("010505008001", "雨篷、悬挑板、阳台板", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m3", 24.60m, 635.40m),
            L("010506001001", "直形楼梯", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30", "m2", 186.20m, 168.50m),
            L("010507001001", "散水、坡道", "1.垫层材料种类、厚度：150mm厚3:7灰土\n2.面层厚度：80mm厚C20混凝土", "m2", 128.50m, 86.40m),
            L("010507005001", "扶手、压顶", "1.断面尺寸：240×120\n2.混凝土强度等级：C25", "m3", 6.80m, 702.30m),
            L("010515001001", "现浇构件钢筋", "钢筋种类、规格：HPB300 Φ6～Φ10", "t", 46.820m, 5486.50m),
            L("010515001002", "现浇构件钢筋", "钢筋种类、规格：HRB400 Φ12～Φ25", "t", 268.450m, 5312.80m),
            L("010515001003", "现浇构件钢筋", "钢筋种类、规格：HRB400 Φ8～Φ10", "t", 82.160m, 5568.20m),
            L("010516003001", "机械连接", "1.连接方式：直螺纹套筒连接\n2.规格：Φ22～Φ25", "个", 1860m, 12.80m),
            L("010801001001", "木质门", "1.门类型：成品实木复合门\n2.洞口尺寸：1000×2100", "m2", 168.40m, 620.00m),
            L("010802001001", "金属（塑钢）门", "1.门类型：断桥铝合金平开门\n2.玻璃：6+12A+6中空玻璃", "m2", 56.70m, 680.00m),
            L("010802003001", "钢质防火门", "1.门类型：乙级钢质防火门\n2.洞口尺寸：1200×2100", "m2", 42.60m, 860.00m),
            L("010807001001", "金属（塑钢、断桥）窗", "1.窗类型：断桥铝合金推拉窗\n2.玻璃：6+12A+6中空玻璃", "m2", 986.40m, 485.00m, 186_000.00m),
            L("010809004001", "石材窗台板", "1.窗台板材质：20mm厚花岗岩\n2.粘结层：1:2水泥砂浆", "m2", 48.60m, 268.50m),
            L("010902001001", "屋面卷材防水", "1.卷材品种：SBS改性沥青防水卷材\n2.防水层数：3+3mm两层", "m2", 1920.50m, 86.40m),
            L("010902003001", "屋面刚性层", "1.刚性层厚度：40mm\n2.混凝土强度等级：C20细石混凝土", "m2", 1856.40m, 42.30m),
            L("010902004001", "屋面排水管", "1.排水管品种、规格：UPVC Φ110\n2.雨水斗：成品", "m", 186.00m, 58.60m),
            L("010904002001", "楼（地）面涂膜防水", "1.防水膜品种：聚氨酯防水涂料\n2.涂膜厚度：1.5mm", "m2", 426.80m, 52.40m),
            L("011101001001", "水泥砂浆楼地面", "1.找平层：20mm厚1:3水泥砂浆\n2.面层：20mm厚1:2水泥砂浆", "m2", 620.40m, 32.50m),
            L("011102003001", "块料楼地面", "1.面层材料：800×800防滑地砖\n2.结合层：30mm厚1:3干硬性水泥砂浆", "m2", 5260.30m, 128.60m),
            L("011105003001", "块料踢脚线", "1.踢脚线高度：150mm\n2.面层材料：地砖", "m2", 486.20m, 136.80m),
            L("011106002001", "块料楼梯面层", "1.面层材料：600×300防滑地砖\n2.防滑条：铜条", "m2", 186.20m, 186.40m),
            L("011107002001", "块料台阶面", "1.面层材料：花岗岩\n2.粘结层：1:3水泥砂浆", "m2", 36.80m, 168.20m),
            L("011201001001", "墙面一般抹灰", "1.墙体类型：砌块墙\n2.底层：15mm厚1:1:6混合砂浆\n3.面层：5mm厚1:0.3:2.5混合砂浆", "m2", 12860.50m, 28.60m),
            L("011201004001", "立面砂浆找平层", "1.找平层砂浆厚度、配合比：15mm厚1:3水泥砂浆", "m2", 1680.40m, 24.30m),
            L("011204003001", "块料墙面", "1.面层材料：300×600釉面砖\n2.粘结层：5mm厚瓷砖胶", "m2", 1680.40m, 118.50m),
            L("011209001001", "带骨架幕墙", "1.骨架材料：铝合金\n2.面层材料：6+12A+6 Low-E中空玻璃", "m2", 386.20m, 1086.00m),
            L("011701001001", "综合脚手架", "1.建筑结构形式：框架结构\n2.檐口高度：23.4m", "m2", 7426.80m, 38.60m),
            L("011701006001", "满堂脚手架", "1.搭设方式：扣件式钢管\n2.搭设高度：4.2m", "m2", 1280.40m, 18.20m),
            L("011702001001", "基础", "基础类型：独立基础", "m2", 486.30m, 52.80m),
            L("011702002001", "矩形柱", "1.模板材质：覆膜胶合板\n2.支撑：钢管", "m2", 2186.40m, 68.50m),
            L("011702003001", "构造柱", "模板材质：覆膜胶合板", "m2", 542.60m, 62.30m),
            L("011702006001", "矩形梁", "1.支撑高度：3.6m以内\n2.模板材质：覆膜胶合板", "m2", 1862.30m, 72.40m),
            L("011702008001", "圈梁", "模板材质：覆膜胶合板", "m2", 356.40m, 58.60m),
            L("011702011001", "直形墙", "模板材质：覆膜胶合板", "m2", 806.50m, 60.20m),
            L("011702014001", "有梁板", "1.支撑高度：3.6m以内\n2.模板材质：覆膜胶合板", "m2", 6248.50m, 65.30m),
            L("011702024001", "楼梯", "类型：直形楼梯", "m2", 186.20m, 156.80m),
            L("011703001001", "垂直运输", "1.建筑物结构形式：框架结构\n2.檐口高度、层数：23.4m、5层", "m2", 7426.80m, 32.50m),
            L("011705001001", "大型机械设备进出场及安拆", "机械设备名称：塔式起重机QTZ80", "台次", 1m, 28600.00m),
        ];
        ImmutableArray<LumpSumMeasure> lumpSums =
        [
            new("011707001001", "安全文明施工费", Measured, CostBaseParser.Parse(Measured), 3.5m, null),
            new("011707002001", "夜间施工增加费", Measured, CostBaseParser.Parse(Measured), 0.3m, null),
            new("011707004001", "二次搬运费", "定额人工费", null, 1.2m, 8650.00m),
            new("011707005001", "冬雨季施工增加费", Measured, CostBaseParser.Parse(Measured), 0.5m, null),
            new("011707007001", "已完工程及设备保护费", "分部分项工程费", CostBase.MeasuredWorks, 0.1m, null),
        ];
        var measured = lines.Where(l => l.Kind == LineKind.MeasuredWork).Sum(l => l.Amount);
        var other = new OtherItems(Thousands(measured * 0.10m), 180_000.00m, 12_580.00m, 5_400.00m);
        return new UnitWork(BuildingUnit, lines, lumpSums, other, Fees());
    }

    private static UnitWork Plumbing()
    {
        ImmutableArray<BoqLine> lines =
        [
            L("031001001001", "镀锌钢管", "1.安装部位：室内\n2.介质：给水\n3.规格：DN100\n4.连接形式：螺纹连接", "m", 286.40m, 98.60m),
            L("031001001002", "镀锌钢管", "1.安装部位：室内\n2.介质：给水\n3.规格：DN65\n4.连接形式：螺纹连接", "m", 168.20m, 72.40m),
            L("031001001003", "镀锌钢管", "1.安装部位：室内\n2.介质：给水\n3.规格：DN50\n4.连接形式：螺纹连接", "m", 324.60m, 58.30m),
            L("031001006001", "塑料管", "1.介质：给水\n2.材质、规格：PPR DN32\n3.连接形式：热熔", "m", 486.30m, 32.60m),
            L("031001006002", "塑料管", "1.介质：给水\n2.材质、规格：PPR DN25\n3.连接形式：热熔", "m", 612.80m, 26.40m),
            L("031001006003", "塑料管", "1.介质：排水\n2.材质、规格：UPVC De110\n3.连接形式：粘接", "m", 426.50m, 56.80m),
            L("031001006004", "塑料管", "1.介质：排水\n2.材质、规格：UPVC De75\n3.连接形式：粘接", "m", 218.40m, 42.30m),
            L("031001006005", "塑料管", "1.介质：排水\n2.材质、规格：UPVC De50\n3.连接形式：粘接", "m", 186.20m, 31.50m),
            L("031002001001", "管道支架", "1.材质：型钢\n2.管架形式：一般管架", "kg", 860.50m, 18.60m),
            L("031002003001", "套管", "1.类型：刚性防水套管\n2.规格：DN100", "个", 24m, 186.50m),
            L("031003001001", "螺纹阀门", "1.类型：截止阀\n2.规格：DN50", "个", 36m, 128.60m),
            L("031003003001", "焊接法兰阀门", "1.类型：闸阀\n2.规格：DN100", "个", 8m, 680.40m),
            L("031003013001", "水表", "1.安装部位：室外井内\n2.规格：DN50", "组", 2m, 1280.00m),
            L("031004003001", "洗脸盆", "1.材质：陶瓷\n2.安装方式：台下式", "组", 48m, 486.50m),
            L("031004006001", "大便器", "1.材质：陶瓷\n2.类型：蹲式，自闭式冲洗阀", "套", 72m, 568.30m),
            L("031004007001", "小便器", "1.材质：陶瓷\n2.类型：壁挂式，感应冲洗", "套", 24m, 462.80m),
            L("031004014001", "给、排水附（配）件", "1.名称：地漏\n2.规格：DN50", "个", 64m, 46.80m),
            L("031004014002", "给、排水附（配）件", "1.名称：水嘴\n2.规格：DN15", "个", 96m, 38.60m),
            L("031301017001", "脚手架搭拆", "给排水工程脚手架", "项", 1m, 8600.00m),
            L("031301018001", "其他措施", "管道试压、冲洗消毒", "项", 1m, 3200.00m),
        ];
        ImmutableArray<LumpSumMeasure> lumpSums =
        [
            new("031302001001", "安全文明施工费", Measured, CostBaseParser.Parse(Measured), 3.5m, null),
            new("031302002001", "夜间施工增加费", Measured, CostBaseParser.Parse(Measured), 0.3m, null),
            new("031302004001", "二次搬运费", Measured, CostBaseParser.Parse(Measured), 0.2m, null),
            new("031302005001", "冬雨季施工增加费", Measured, CostBaseParser.Parse(Measured), 0.5m, null),
        ];
        var measured = lines.Where(l => l.Kind == LineKind.MeasuredWork).Sum(l => l.Amount);
        var other = new OtherItems(Thousands(measured * 0.10m), 0m, 3_200.00m, 0m);
        return new UnitWork(PlumbingUnit, lines, lumpSums, other, Fees());
    }

    internal static ImmutableArray<StatutoryFee> Fees() =>
    [
        new("1.1", "社会保险费", FeeBase, CostBaseParser.Parse(FeeBase), 3.55m, null),
        new("1.2", "住房公积金", FeeBase, CostBaseParser.Parse(FeeBase), 0.85m, null),
        new("1.3", "工程排污费", FeeBase, CostBaseParser.Parse(FeeBase), 0.1m, null),
    ];

    private static BoqLine L(string code, string name, string features, string unit, decimal quantity, decimal rate,
        decimal? provisional = null) =>
        new(code, name, features, unit, quantity, rate,
            ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork, provisional);

    internal static decimal Thousands(decimal amount) => Money.Round(Math.Round(amount / 1000m, MidpointRounding.AwayFromZero) * 1000m);
}
