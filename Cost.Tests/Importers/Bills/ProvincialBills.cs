using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Importers.Bills;
using Cost.Samples;
using Cost.Silos.Hosting;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// The shipped sample provincial rule set SN-2025, read from data/rule-sets/ as the server reads it, and bills
/// priced the way it requires.
/// </summary>
internal static class ProvincialBills
{
    public const string SafetyBase = "分部分项工程费+单价措施项目费";
    public const string FeeBase = "分部分项工程费+措施项目费+其他项目费";

    public static RuleSet Sn2025 { get; } = RuleSetFiles.Read(Path.Combine(AppContext.BaseDirectory, "data", RuleSetFiles.Folder, "SN-2025.json"));

    /// <summary>A bill that complies with SN-2025: 安全文明施工费 3.8 % (the file says 3.80), 规费 3.21 % and 0.59 %.</summary>
    public static BoqBuilder Compliant() => new BoqBuilder()
        .Line("010101001001", "平整场地", "m2", 100.5m, 1.85m)
        .Line("010501003001", "独立基础", "m3", 20.25m, 585.6m)
        .Line("010515001001", "现浇构件钢筋", "t", 3.125m, 5486.5m)
        .Line("011701001001", "综合脚手架", "m2", 300m, 38.6m)
        .LumpSum("安全文明施工费", SafetyBase, 3.8m)
        .LumpSum("二次搬运费", "定额人工费", 1.2m, stated: 860m)
        .Fee("1.1", "社会保险费", FeeBase, 3.21m)
        .Fee("1.2", "住房公积金", FeeBase, 0.59m);

    /// <summary>The bill as the reader gives it back, settled under <paramref name="ruleSet"/> (SN-2025 by default).</summary>
    public static Boq Settled(BoqBuilder builder, RuleSet? ruleSet = null) =>
        StatedAmounts.Settle(new Boq(ImmutableArray.Create(builder.BuildUnit())), ruleSet ?? Sn2025);

    public static byte[] Write(Boq boq, RuleSet? ruleSet = null)
    {
        using var stream = new MemoryStream();
        BoqWorkbookWriter.Write(boq, ruleSet ?? Sn2025, stream, SampleWorkbooks.Options);
        return stream.ToArray();
    }

    public static BoqImportResult Read(byte[] xlsx, RuleSet? ruleSet = null)
    {
        using var stream = new MemoryStream(xlsx);
        return BoqWorkbookReader.Read(stream, ruleSet ?? Sn2025);
    }
}
