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
    ];

    // A title cell may carry a little more: "表-08 分部分项工程和…计价表", "（招标控制价）".
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
            if (cell.Number is not null || cell.Text.Length < 8)
            {
                continue;
            }

            var compact = CellText.Compact(cell.Text);
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

    [GeneratedRegex(@"^工程名称\s*[:：]?\s*(?<name>.*?)\s*(标段\s*[:：]|第\s*\d+\s*页|共\s*\d+\s*页|$)", RegexOptions.Singleline)]
    private static partial Regex ProjectLine();
}
