using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Importers.Bills;

/// <summary>
/// Reads a bill-of-quantities workbook exported by pricing software in the GB/T 50500-2013 table
/// layout (表-04, 表-08, 表-11, 表-12, 表-13 per unit work, optionally 表-02 and 表-03 above them) into a
/// <see cref="Boq"/> with findings.
/// Never throws for bad user data: a file that cannot be read as a BoQ is refused whole with the
/// reasons in Chinese; everything else is read, and every problem becomes a finding at its cell.
/// </summary>
public static class BoqWorkbookReader
{
    /// <summary>
    /// Reads and checks a workbook under <paramref name="ruleSet"/> applied with the tender's tax method
    /// (<see cref="RuleSet.For"/>): its arithmetic and, for a provincial rule set, its compliance.
    /// </summary>
    public static BoqImportResult Read(Stream xlsx, RuleSet ruleSet, BoqReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var (sheets, problems) = WorkbookPackage.Load(xlsx, limits ?? BoqReadLimits.Default);
        if (sheets is null)
        {
            return BoqImportResult.Refused(problems);
        }

        try
        {
            return Read(sheets, ruleSet);
        }
        catch (OverflowException)
        {
            return BoqImportResult.Refused(new ImportProblem(null, null, null, "工作簿中的数值超出可计算范围，无法读取。"));
        }
    }

    private static BoqImportResult Read(IReadOnlyList<SheetGrid> sheets, RuleSet ruleSet)
    {
        var pages = TableLocator.Locate(sheets);
        if (!pages.Any(p => p.Kind == TableKind.MeasuredWorks))
        {
            return BoqImportResult.Refused(new ImportProblem(null, null, null,
                "工作簿中没有找到表-08“分部分项工程和单价措施项目清单与计价表”，无法作为工程量清单读取。"));
        }

        var measured = new Dictionary<TablePage, (TablePage, HeaderMapper.HeaderMap, List<GridRow>)>();
        var refusal = new List<ImportProblem>();
        foreach (var page in pages.Where(p => p.Kind == TableKind.MeasuredWorks))
        {
            var mapped = HeaderMapper.Map(page);
            if (MeasuredWorksReader.CheckColumns(page, mapped?.Map) is { } problem)
            {
                refusal.Add(problem);
            }
            else
            {
                measured[page] = (page, mapped!.Value.Map, mapped.Value.Body);
            }
        }

        if (refusal.Count > 0)
        {
            return BoqImportResult.Refused([.. refusal]);
        }

        var sink = new FindingSink();
        var read = pages.Where(p => p.IsUnitTable).GroupBy(p => p.UnitName)
            .Select(g => ReadUnit(g.Key, [.. g], measured, ruleSet, sink)).ToList();
        var units = LevelSummaries.Check(pages, [.. read.Select(r => r.Unit)], [.. read.Select(r => r.Price)], sink);

        // The main-materials tables are optional and may be the whole project's: they name no unit work of their own.
        var materials = MainMaterialsReader.Read(pages.Where(p => p.Kind == TableKind.MainMaterials),
            units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal), sink);
        return new BoqImportResult(new Boq(units, ProjectNameReader.Find(sheets, pages), SignatoriesReader.Find(sheets, pages)), [.. sink.All], [], materials);
    }

    /// <summary>One unit work, and its computed price, or null when some of its lines could not be read.</summary>
    private static (UnitWork Unit, UnitWorkPrice? Price) ReadUnit(string name, List<TablePage> pages,
        Dictionary<TablePage, (TablePage, HeaderMapper.HeaderMap, List<GridRow>)> measured, RuleSet ruleSet, FindingSink sink)
    {
        List<TablePage> Of(TableKind kind) => [.. pages.Where(p => p.Kind == kind)];
        sink.Unit = name;
        var sheet = pages[0].Sheet.Name;
        foreach (var (kind, label, title) in Required)
        {
            if (!pages.Any(p => p.Kind == kind))
            {
                sink.Error(FindingRules.MissingTable, sheet, $"单位工程“{name}”缺少{label}（{title}）");
            }
        }

        var (lines, unreadable) = MeasuredWorksReader.Read([.. Of(TableKind.MeasuredWorks).Select(p => measured[p])], sink);
        var lumpSums = LumpSumTable.Read(Of(TableKind.LumpSumMeasures), sink);
        var other = OtherItemsTable.Read(Of(TableKind.OtherItems), sink);
        var fees = FeeTable.Read(Of(TableKind.FeesAndTax), sink);
        var summary = SummaryTable.Read(Of(TableKind.Summary), sink);

        var unit = new UnitWork(name, [.. lines], lumpSums.Items, other.Items, fees.Fees, fees.StatedVatRate);
        BoqChecker.CheckOtherItems(other, sink);
        var pricing = CeilingPriceCalculator.PriceUnitWork(unit, ruleSet);
        ComplianceFindings.Add(unit, pricing, ruleSet, lumpSums, fees,
            Of(TableKind.LumpSumMeasures).FirstOrDefault()?.Sheet.Name ?? sheet, Of(TableKind.FeesAndTax).FirstOrDefault()?.Sheet.Name ?? sheet, sink);
        if (unreadable.Count > 0)
        {
            // The unit work's computed totals include lines counted as zero: comparing them with the
            // stated 表-11/13/04 amounts would only repeat the same error many times.
            sink.Warning(FindingRules.Number, sheet, $"单位工程“{name}”第 {string.Join("、", unreadable)} 行的工程量或综合单价无法读取，改正后再核对表-11、表-13、表-04 的金额。");
            return (unit, null);
        }

        BoqChecker.CheckLumpSums(lumpSums, pricing, sink);
        BoqChecker.CheckFees(fees, pricing, ruleSet, sink);
        BoqChecker.CheckSummary(summary, pricing.Price, other.Items, sink);
        return (unit, pricing.Price);
    }

    private static readonly ImmutableArray<(TableKind Kind, string Label, string Title)> Required =
    [
        (TableKind.Summary, "表-04", "单位工程招标控制价汇总表"),
        (TableKind.MeasuredWorks, "表-08", "分部分项工程和单价措施项目清单与计价表"),
        (TableKind.LumpSumMeasures, "表-11", "总价措施项目清单与计价表"),
        (TableKind.OtherItems, "表-12", "其他项目清单与计价汇总表"),
        (TableKind.FeesAndTax, "表-13", "规费、税金项目计价表"),
    ];
}
