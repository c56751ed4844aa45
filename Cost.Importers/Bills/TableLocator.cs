using System.Text.RegularExpressions;

namespace Cost.Importers.Bills;

/// <summary>
/// Finds the pages of the BoQ tables in a workbook by their title text, never by sheet name: exports
/// name sheets "表-08", "Sheet3" or "建筑 分部分项" alike, and one sheet may hold many printed pages
/// (title, 工程名称 line and header repeated per page). Sheets with none of the titles are ignored.
/// </summary>
internal static partial class TableLocator
{
    // Titles as printed in GB/T 50500-2013 Appendix E–L (and the 2024 edition's 最高投标限价 wording).
    private static readonly (string Title, TableKind Kind)[] Titles =
    [
        ("分部分项工程和单价措施项目清单与计价表", TableKind.MeasuredWorks),
        ("分部分项工程量清单与计价表", TableKind.MeasuredWorks),
        ("总价措施项目清单与计价表", TableKind.LumpSumMeasures),
        ("其他项目清单与计价汇总表", TableKind.OtherItems),
        ("规费、税金项目计价表", TableKind.FeesAndTax),
        ("规费税金项目计价表", TableKind.FeesAndTax),
        ("规费、税金项目清单与计价表", TableKind.FeesAndTax),
        ("规费税金项目清单与计价表", TableKind.FeesAndTax),
        ("单位工程招标控制价汇总表", TableKind.Summary),
        ("单位工程最高投标限价汇总表", TableKind.Summary),
        ("建设项目招标控制价汇总表", TableKind.ProjectSummary),
        ("建设项目最高投标限价汇总表", TableKind.ProjectSummary),
        ("单项工程招标控制价汇总表", TableKind.SingleWorkSummary),
        ("单项工程最高投标限价汇总表", TableKind.SingleWorkSummary),
        // Appendix L.2 表-21 (造价信息差额调整法) and 表-22 (价格指数差额调整法) share one title; pricing
        // software prints its own resource summaries under the other two.
        ("承包人提供主要材料和工程设备一览表", TableKind.MainMaterials),
        ("主要材料价格表", TableKind.MainMaterials),
        ("人材机汇总表", TableKind.MainMaterials),
    ];

    private static readonly int ShortestTitle = Titles.Min(t => t.Title.Length);

    // A title cell may carry a little more: "表-08 分部分项工程和…计价表", "（招标控制价）"; a parenthesised
    // subtitle such as "（适用于造价信息差额调整法）" is not counted.
    private const int TitleSlack = 12;

    /// <summary>All table pages in workbook order.</summary>
    public static List<TablePage> Locate(IReadOnlyList<SheetGrid> sheets)
    {
        var pages = new List<TablePage>();
        foreach (var sheet in sheets)
        {
            var titles = new List<(int Index, TableKind Kind)>();
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                if (TitleOf(sheet.Rows[i]) is { } kind)
                {
                    titles.Add((i, kind));
                }
            }

            var previousName = string.Empty;
            for (var t = 0; t < titles.Count; t++)
            {
                var start = titles[t].Index + 1;
                var end = t + 1 < titles.Count ? titles[t + 1].Index : sheet.Rows.Count;
                var name = UnitNameOf(sheet, start, end) ?? previousName;
                previousName = name;
                pages.Add(new TablePage(sheet, titles[t].Kind, name, start, end));
            }
        }

        return pages;
    }

    private static TableKind? TitleOf(GridRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Number is not null || cell.Text.Length < ShortestTitle)
            {
                continue;
            }

            var compact = Parenthesised().Replace(CellText.Compact(cell.Text), string.Empty);
            foreach (var (title, kind) in Titles)
            {
                if (compact.Length <= title.Length + TitleSlack && compact.Contains(title, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    /// <summary>The unit work named by the first 工程名称 line of a page (searched in its first rows).</summary>
    private static string? UnitNameOf(SheetGrid sheet, int start, int end)
    {
        for (var i = start; i < Math.Min(end, start + 4); i++)
        {
            var cells = sheet.Rows[i].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                var text = cells[c].Text.Trim();
                var match = ProjectLine().Match(text);
                if (!match.Success)
                {
                    continue;
                }

                var name = match.Groups["name"].Value.Trim();
                if (name.Length == 0 && c + 1 < cells.Length)
                {
                    // "工程名称：" in one cell and the name in the next.
                    name = ProjectLine().Match("工程名称:" + cells[c + 1].Text.Trim()).Groups["name"].Value.Trim();
                }

                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^工程名称\s*[:：]?\s*(?<name>.*?)\s*(标段\s*[:：]|第\s*\d+\s*页|共\s*\d+\s*页|$)", RegexOptions.Singleline)]
    private static partial Regex ProjectLine();
}
