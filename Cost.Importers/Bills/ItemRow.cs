using Cost.Domain;
using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>
/// A named row of 表-02/03/04/11/12/13 (the tables of priced items): its number, code, name and 计算基础 as
/// text (and where that text is), and its rate and amount cells (and the 其中 columns of 表-02/03), read by header. Blank rows and
/// repeated headers are skipped.
/// </summary>
internal sealed record ItemRow(TablePage Page, GridRow Row, string Number, string Code, string Name, string BaseText,
    StatedCell Rate, StatedCell Amount, StatedCell Safety, StatedCell Fees, CellAt BaseAt)
{
    /// <summary>The name without whitespace, full-width forms folded and "其中：" dropped.</summary>
    public string Key { get; } = KeyOf(Name);

    public static List<ItemRow> Read(IEnumerable<TablePage> pages, FindingSink sink)
    {
        var rows = new List<ItemRow>();
        foreach (var page in pages)
        {
            if (HeaderMapper.Map(page) is not var (map, body))
            {
                sink.Error(FindingRules.MissingTable, page.Sheet.Name, $"工作表“{page.Sheet.Name}”的{page.Label}找不到表头（项目名称、金额），未读取。");
                continue;
            }

            if (map[HeaderField.Amount] is null)
            {
                sink.Error(FindingRules.MissingTable, page.Sheet.Name, $"工作表“{page.Sheet.Name}”的{page.Label}缺少“金额”列，未读取。");
                continue;
            }

            foreach (var row in body)
            {
                if (row.IsBlank || HeaderMapper.IsHeaderRow(row, page.Kind) || HeaderMapper.IsContinuation(row, page.Kind))
                {
                    continue;
                }

                var name = Text(row, map[HeaderField.Name]);
                if (name.Length == 0)
                {
                    continue;
                }

                rows.Add(new ItemRow(page, row, CellText.Compact(Text(row, map[HeaderField.Number])), map[HeaderField.Code] is { } cc ? CellText.ItemCode(row[cc]) : string.Empty,
                    name, Text(row, map[HeaderField.Base]), StatedCell.Of(page, row, map[HeaderField.Rate]),
                    StatedCell.Of(page, row, map[HeaderField.Amount]), StatedCell.Of(page, row, map[HeaderField.SafetyCivilization]),
                    StatedCell.Of(page, row, map[HeaderField.StatutoryFees]), CellAt.Of(page, row, map[HeaderField.Base] ?? 0)));
            }
        }

        return rows;
    }

    /// <summary>The row's item for findings: its code (表-11 has one) and name.</summary>
    public FindingItem Item => new(Code, Name);

    public bool IsTotal => Key is "合计" or "总计" || Key.EndsWith("合计", StringComparison.Ordinal);

    private static string KeyOf(string name)
    {
        var key = CellText.Compact(name);
        return key.StartsWith("其中", StringComparison.Ordinal) ? key[2..].TrimStart(':') : key;
    }

    private static string Text(GridRow row, int? column) => column is { } c ? row[c].Text.Trim() : string.Empty;
}

/// <summary>A cell holding a stated number, with where it is; Column 0 when the table has no such column.</summary>
internal readonly record struct StatedCell(CellAt At, GridCell Cell)
{
    public static StatedCell Of(TablePage page, GridRow row, int? column) =>
        new(CellAt.Of(page, row, column ?? 0), column is { } c ? row[c] : new GridCell(0, string.Empty, null));

    public bool IsEmpty => At.Column == 0 || CellText.IsDash(Cell);

    /// <summary>The number stated, or null when empty; an error finding when it is not a number.</summary>
    public decimal? Read(FindingSink sink, string what, FindingItem item = default)
    {
        if (IsEmpty)
        {
            return null;
        }

        if (CellText.TryReadNumber(Cell, out var value))
        {
            return value;
        }

        sink.Error(FindingRules.Number, At, $"{what}“{Cell.Text.Trim()}”不是数字", item);
        return null;
    }

    /// <summary>An amount stated in yuan, at the cent (a stated 295644.14999999997 is 295,644.15).</summary>
    public decimal? ReadMoney(FindingSink sink, string what, FindingItem item = default) =>
        Read(sink, what, item) is { } yuan ? Money.Round(yuan) : null;
}
