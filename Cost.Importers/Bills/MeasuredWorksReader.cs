using System.Text.RegularExpressions;
using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>
/// Reads the pages of one unit work's 表-08 into priced lines and checks its arithmetic: each 合价
/// against round(工程量 × 综合单价, 2), 分部小计 against the lines since the last heading (across page
/// breaks), 本页小计 against the lines since the last page header, 合计 against the whole table.
/// </summary>
internal static partial class MeasuredWorksReader
{
    private static readonly HeaderField[] Required = [HeaderField.Code, HeaderField.Quantity, HeaderField.UnitRate, HeaderField.Amount];

    /// <summary>The reason a 表-08 page cannot be read at all, or null.</summary>
    public static ImportProblem? CheckColumns(TablePage page, HeaderMapper.HeaderMap? map)
    {
        if (map is null)
        {
            var titleRow = page.Sheet.Rows[page.FirstRowIndex - 1].Number;
            return new ImportProblem(page.Sheet.Name, titleRow, null,
                $"工作表“{page.Sheet.Name}”的表-08 找不到表头（应有 项目编码、工程量、综合单价、合价 列）。");
        }

        var missing = Required.Where(f => map[f] is null).Select(Header).ToList();
        return missing.Count == 0
            ? null
            : new ImportProblem(page.Sheet.Name, map.HeaderRow.Number, null,
                $"工作表“{page.Sheet.Name}”的表-08 缺少 {string.Join("、", missing)} 列。");
    }

    /// <summary>
    /// The lines, and the rows of lines whose quantity or rate could not be read. Such a line is an
    /// error at that cell and counts as zero; the sums that include it (its 合价, the subtotals, and the
    /// unit work's totals) cannot be verified and are not reported again as mismatches.
    /// </summary>
    public static (List<BoqLine> Lines, List<int> UnreadableRows) Read(
        IReadOnlyList<(TablePage Page, HeaderMapper.HeaderMap Map, List<GridRow> Body)> pages, FindingSink sink)
    {
        var lines = new List<BoqLine>();
        var unreadable = new List<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inMeasures = false;
        decimal division = 0m, page = 0m, total = 0m;
        bool divisionUnknown = false, pageUnknown = false;
        foreach (var (tablePage, map, body) in pages)
        {
            (page, pageUnknown) = (0m, false);
            var codeColumn = map[HeaderField.Code]!.Value;
            var amountColumn = map[HeaderField.Amount]!.Value;
            foreach (var row in body)
            {
                // A repeated header starts a new page, with or without the title above it; its first row is made
                // of header words only, so it must be recognised before the header's second row is skipped.
                if (HeaderMapper.IsHeaderRow(row, TableKind.MeasuredWorks))
                {
                    (page, pageUnknown) = (0m, false);
                    continue;
                }

                if (row.IsBlank || HeaderMapper.IsContinuation(row, TableKind.MeasuredWorks))
                {
                    continue;
                }

                if (!row[codeColumn].IsEmpty)
                {
                    var (line, readable) = ReadLine(tablePage, map, row, inMeasures, seen, sink);
                    lines.Add(line);
                    if (!readable)
                    {
                        unreadable.Add(row.Number);
                        (divisionUnknown, pageUnknown) = (true, true);
                    }

                    var amount = line.Amount;
                    division += amount;
                    page += amount;
                    total += amount;
                    continue;
                }

                var label = Label(row, map);
                var at = CellAt.Of(tablePage, row, amountColumn);
                if (IsPageLine(label))
                {
                    continue; // "工程名称：… 第 2 页 共 3 页" above a header repeated without its title
                }

                if (label.Contains("本页", StringComparison.Ordinal) && (label.Contains("小计", StringComparison.Ordinal) || label.Contains("合计", StringComparison.Ordinal)))
                {
                    // 本页小计 (also printed 本页合计) covers the lines since the last page start.
                    CheckSum(FindingRules.PageSubtotal, at, row[amountColumn], page, pageUnknown, "本页小计", "本页各项合价之和", sink);
                }
                else if (label.Contains("合计", StringComparison.Ordinal))
                {
                    CheckSum(FindingRules.TableTotal, at, row[amountColumn], total, unreadable.Count > 0, "合计", "表中各项合价之和", sink);
                }
                else if (label.Contains("小计", StringComparison.Ordinal))
                {
                    CheckSum(FindingRules.Subtotal, at, row[amountColumn], division, divisionUnknown, "分部小计", "本分部各项合价之和", sink);
                }
                else if (label.Length > 0)
                {
                    // A 分部 heading ("A.5 混凝土及钢筋混凝土工程", "措施项目", "单价措施项目").
                    inMeasures = label.Contains("措施项目", StringComparison.Ordinal);
                    (division, divisionUnknown) = (0m, false);
                }
            }
        }

        return (lines, unreadable);
    }

    private static void CheckSum(string rule, CellAt at, GridCell cell, decimal sum, bool includesUnreadable, string what, string expectedText, FindingSink sink)
    {
        if (!includesUnreadable)
        {
            sink.CheckStated(rule, at, cell, sum, what, expectedText);
        }
    }

    /// <summary>The 工程名称 / 第 n 页 line that pricing software prints above each page's header.</summary>
    private static bool IsPageLine(string label) =>
        label.StartsWith("工程名称", StringComparison.Ordinal) || PageNumber().IsMatch(label);

    [GeneratedRegex(@"^第\d+页(共\d+页)?$")]
    private static partial Regex PageNumber();

    private static (BoqLine Line, bool Readable) ReadLine(TablePage page, HeaderMapper.HeaderMap map, GridRow row, bool inMeasures,
        Dictionary<string, int> seen, FindingSink sink)
    {
        var codeColumn = map[HeaderField.Code]!.Value;
        var code = CellText.ItemCode(row[codeColumn]);
        var item = new FindingItem(code, Text(row, map[HeaderField.Name]));
        var codeAt = CellAt.Of(page, row, codeColumn);
        if (!ItemCode.IsWellFormed(code))
        {
            sink.Error(FindingRules.ItemCode, codeAt, $"项目编码“{code}”应为 12 位数字", item);
        }

        if (!seen.TryAdd(code, row.Number))
        {
            sink.Error(FindingRules.DuplicateCode, codeAt, $"项目编码 {code} 在本单位工程中重复（第 {seen[code]} 行已有）", item);
        }

        var unit = Text(row, map[HeaderField.Unit]);
        var normalized = UnitSpelling.Normalize(unit);
        if (unit.Length > 0 && normalized != unit)
        {
            sink.Warning(FindingRules.UnitSpelling, CellAt.Of(page, row, map[HeaderField.Unit]!.Value), $"计量单位“{unit}”已按“{normalized}”读取", item);
        }

        var readQuantity = ReadNonNegative(page, row, map[HeaderField.Quantity]!.Value, "工程量", item, sink);
        var readRate = ReadNonNegative(page, row, map[HeaderField.UnitRate]!.Value, "综合单价", item, sink);
        var (quantity, rate) = (readQuantity ?? 0m, readRate ?? 0m);
        if (rate == 0m)
        {
            sink.Warning(FindingRules.UnitRate, CellAt.Of(page, row, map[HeaderField.UnitRate]!.Value), "综合单价为 0，请核对是否漏报", item);
        }

        decimal? provisional = null;
        if (map[HeaderField.Provisional] is { } pc && !CellText.IsDash(row[pc]))
        {
            if (CellText.TryReadNumber(row[pc], out var p))
            {
                provisional = p;
            }
            else
            {
                sink.Error(FindingRules.Number, CellAt.Of(page, row, pc), $"其中：暂估价“{row[pc].Text.Trim()}”不是数字", item);
            }
        }

        var kind = inMeasures || ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork;
        var line = new BoqLine(code, Text(row, map[HeaderField.Name]), Text(row, map[HeaderField.Features]), normalized,
            quantity, rate, kind, provisional);

        var readable = readQuantity is not null && readRate is not null;
        if (readable)
        {
            var amountColumn = map[HeaderField.Amount]!.Value;
            sink.CheckStated(FindingRules.LineAmount, CellAt.Of(page, row, amountColumn), row[amountColumn], line.Amount, "合价",
                $"工程量 × 综合单价（{CellText.Plain(quantity)} × {CellText.Plain(rate)}）", emptyIsFine: false, item: item);
        }

        return (line, readable);
    }

    /// <summary>The number in the cell (an error when negative), or null when it is missing or not a number.</summary>
    private static decimal? ReadNonNegative(TablePage page, GridRow row, int column, string what, FindingItem item, FindingSink sink)
    {
        var at = CellAt.Of(page, row, column);
        var cell = row[column];
        if (!CellText.TryReadNumber(cell, out var value))
        {
            sink.Error(FindingRules.Number, at, $"{what}“{cell.Text.Trim()}”不是数字", item);
            return null;
        }

        if (value is not { } v)
        {
            sink.Error(FindingRules.Number, at, $"{what}未填写", item);
            return null;
        }

        if (v < 0m)
        {
            sink.Error(FindingRules.Number, at, $"{what} {CellText.Plain(v)} 为负数", item, stated: v);
        }

        return v;
    }

    private static string Text(GridRow row, int? column) => column is { } c ? row[c].Text.Trim() : string.Empty;

    /// <summary>The row's text outside the number columns: where headings and subtotal labels are written.</summary>
    private static string Label(GridRow row, HeaderMapper.HeaderMap map)
    {
        var numeric = new[] { map[HeaderField.Quantity], map[HeaderField.UnitRate], map[HeaderField.Amount], map[HeaderField.Provisional] };
        var parts = row.Cells.Where(c => c.Number is null && !numeric.Contains(c.Column)).Select(c => CellText.Compact(c.Text));
        return string.Concat(parts);
    }

    private static string Header(HeaderField field) => field switch
    {
        HeaderField.Code => "“项目编码”",
        HeaderField.Quantity => "“工程量”",
        HeaderField.UnitRate => "“综合单价”",
        _ => "“合价”",
    };
}
