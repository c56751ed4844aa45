using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>
/// The project name a workbook states, so that a wrong file is noticed: the name above the 招标控制价 /
/// 最高投标限价 title of its 封面 (or 扉页), else the 工程名称 line of its 表-02, else the part of the unit
/// works' 工程名称 lines before the unit work ("西安市某中学教学楼-建筑与装饰工程").
/// </summary>
internal static class ProjectNameReader
{
    private static readonly string[] CoverTitles = ["招标控制价", "最高投标限价"];

    private static readonly char[] UnitSeparators = ['-', '—', '－', '–'];

    public static StatedName? Find(IReadOnlyList<SheetGrid> sheets, IReadOnlyList<TablePage> pages)
    {
        var tableSheets = pages.Select(p => p.Sheet).ToHashSet();
        foreach (var sheet in sheets.Where(s => !tableSheets.Contains(s)))
        {
            if (OnCover(sheet) is { } cover)
            {
                return cover;
            }
        }

        if (pages.FirstOrDefault(p => p.Kind == TableKind.ProjectSummary && p.UnitName.Length > 0) is { } summary)
        {
            return At(summary, summary.UnitName);
        }

        var first = pages.FirstOrDefault(p => p.IsUnitTable);
        var cut = first?.UnitName.LastIndexOfAny(UnitSeparators) ?? -1;
        return cut > 0 ? At(first!, first!.UnitName[..cut]) : null;
    }

    /// <summary>The nearest text above the cover's title, within a few rows.</summary>
    private static StatedName? OnCover(SheetGrid sheet)
    {
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            if (!sheet.Rows[i].Cells.Any(c => c.Number is null && CoverTitles.Contains(CellText.Compact(c.Text))))
            {
                continue;
            }

            for (var above = i - 1; above >= Math.Max(0, i - 4); above--)
            {
                var row = sheet.Rows[above];
                foreach (var cell in row.Cells.Where(c => c.Number is null))
                {
                    var text = CellText.Normalize(cell.Text).Trim('_', ' ');
                    if (CellText.Compact(text).TrimEnd('工', '程').Length > 0)
                    {
                        return new StatedName(text, sheet.Name, row.Number, CellText.ColumnLetter(cell.Column));
                    }
                }
            }

            return null;
        }

        return null;
    }

    private static StatedName At(TablePage page, string name)
    {
        var row = page.Sheet.Rows[Math.Max(0, page.FirstRowIndex - 1)];
        return new StatedName(name.Trim(), page.Sheet.Name, row.Number, "A");
    }
}
