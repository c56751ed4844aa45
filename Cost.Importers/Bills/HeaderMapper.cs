namespace Cost.Importers.Bills;

/// <summary>
/// Locates a table's columns by header text, never by position. Headers may take two rows with
/// merged cells (金额(元) spanning 综合单价 / 合价 / 其中：暂估价) and carry spaces or line breaks
/// inside words ("综合\n单价", "计量 单位"). A page repeats its header; the reader also recognises a
/// header row met in the middle of a page as a page break.
/// </summary>
internal static class HeaderMapper
{
    /// <summary>The column of each field, and the index (in the page) of the first row after the header.</summary>
    public sealed record HeaderMap(Dictionary<HeaderField, int> Columns, GridRow HeaderRow)
    {
        public int? this[HeaderField field] => Columns.TryGetValue(field, out var c) ? c : null;
    }

    /// <summary>
    /// Finds the header among the first rows of a page. Returns null when none is found; otherwise
    /// the map and the rows of the page that follow the header.
    /// </summary>
    public static (HeaderMap Map, List<GridRow> Body)? Map(TablePage page)
    {
        var rows = page.Rows.ToList();
        for (var i = 0; i < Math.Min(rows.Count, 6); i++)
        {
            if (!IsHeaderRow(rows[i], page.Kind))
            {
                continue;
            }

            var columns = new Dictionary<HeaderField, int>();
            AddFields(rows[i], page.Kind, columns);
            var next = i + 1;
            // The second header row holds only header words (综合单价, 合价, 其中：暂估价).
            if (next < rows.Count && IsSecondHeaderRow(rows[next], page.Kind))
            {
                AddFields(rows[next], page.Kind, columns);
                next++;
            }

            return (new HeaderMap(columns, rows[i]), rows.GetRange(next, rows.Count - next));
        }

        return null;
    }

    /// <summary>True when a row is a (repeated) header of this kind of table.</summary>
    public static bool IsHeaderRow(GridRow row, TableKind kind)
    {
        // The key column's word, or (so that a missing key column can be reported) two header words.
        var key = kind == TableKind.MeasuredWorks ? HeaderField.Code : HeaderField.Name;
        var fields = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Number is null && FieldOf(CellText.Compact(cell.Text), kind) is { } field and not HeaderField.Other)
            {
                if (field == key)
                {
                    return true;
                }

                fields++;
            }
        }

        return fields >= 2;
    }

    /// <summary>True when every non-empty cell of the row is a header word (a header's second row).</summary>
    public static bool IsContinuation(GridRow row, TableKind kind) =>
        row.Cells.Any(c => !c.IsEmpty)
        && row.Cells.All(c => c.IsEmpty || (c.Number is null && FieldOf(CellText.Compact(c.Text), kind) is not null));

    // Right after a header: a row of words only, at least one of them a header word.
    private static bool IsSecondHeaderRow(GridRow row, TableKind kind) =>
        row.Cells.All(c => c.Number is null)
        && row.Cells.Any(c => FieldOf(CellText.Compact(c.Text), kind) is { } f && f is not HeaderField.Name and not HeaderField.Code);

    private static void AddFields(GridRow row, TableKind kind, Dictionary<HeaderField, int> columns)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Number is null && FieldOf(CellText.Compact(cell.Text), kind) is { } field and not HeaderField.Other)
            {
                columns.TryAdd(field, cell.Column);
            }
        }
    }

    private static HeaderField? FieldOf(string h, TableKind kind)
    {
        if (h.Length == 0)
        {
            return null;
        }

        if (h == "序号")
        {
            return HeaderField.Number;
        }

        if (h == "项目编码")
        {
            return HeaderField.Code;
        }

        // 表-02 单项工程名称, 表-03 单位工程名称.
        if (h.Contains("项目名称", StringComparison.Ordinal) || h == "汇总内容" || h == "名称" || h.EndsWith("工程名称", StringComparison.Ordinal))
        {
            return HeaderField.Name;
        }

        if (h.Contains("暂估价", StringComparison.Ordinal))
        {
            return HeaderField.Provisional;
        }

        if (kind is TableKind.ProjectSummary or TableKind.SingleWorkSummary && LevelField(h) is { } level)
        {
            return level;
        }

        return kind == TableKind.MeasuredWorks ? MeasuredWorksField(h) : PricedItemField(h);
    }

    private static HeaderField? MeasuredWorksField(string h)
    {
        if (h.Contains("项目特征", StringComparison.Ordinal))
        {
            return HeaderField.Features;
        }

        if (h.Contains("计量单位", StringComparison.Ordinal) || h == "单位")
        {
            return HeaderField.Unit;
        }

        if (h.StartsWith("工程量", StringComparison.Ordinal) || h == "数量")
        {
            return HeaderField.Quantity;
        }

        if (h.Contains("综合单价", StringComparison.Ordinal))
        {
            return HeaderField.UnitRate;
        }

        if (h.StartsWith("合价", StringComparison.Ordinal))
        {
            return HeaderField.Amount;
        }

        // The group header over 综合单价 / 合价 / 暂估价: a header word, but no column of its own.
        return h.StartsWith("金额", StringComparison.Ordinal) ? HeaderField.Other : null;
    }

    // The "其中" columns of 表-02 and 表-03 (the group header 其中：(元) itself is a header word with no column).
    private static HeaderField? LevelField(string h) =>
        h.Contains("安全文明", StringComparison.Ordinal) ? HeaderField.SafetyCivilization
        : h.StartsWith("规费", StringComparison.Ordinal) ? HeaderField.StatutoryFees
        : h.StartsWith("其中", StringComparison.Ordinal) ? HeaderField.Other
        : null;

    private static HeaderField? PricedItemField(string h)
    {
        if (h == "计算基础")
        {
            return HeaderField.Base;
        }

        if (h.StartsWith("费率", StringComparison.Ordinal) || h.StartsWith("计算费率", StringComparison.Ordinal))
        {
            return HeaderField.Rate;
        }

        if (h is "金额" or "金额(元)")
        {
            return HeaderField.Amount;
        }

        // Other header words of 表-11/12/13 (调整费率, 调整后金额, 备注, 计算基数, 结算金额): known, unused.
        return h.StartsWith("调整", StringComparison.Ordinal) || h is "备注" || h.StartsWith("计算基数", StringComparison.Ordinal)
            || h.StartsWith("结算金额", StringComparison.Ordinal)
            ? HeaderField.Other
            : null;
    }
}
