using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>
/// Reads the pages of one unit work's 表-08 into priced lines and checks its arithmetic: each 合价
/// against round(工程量 × 综合单价, 2), 分部小计 against the lines since the last heading (across page
/// breaks), 本页小计 against the lines since the last page header, 合计 against the whole table.
/// </summary>
internal static class MeasuredWorksReader
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

    public static List<BoqLine> Read(IReadOnlyList<(TablePage Page, HeaderMapper.HeaderMap Map, List<GridRow> Body)> pages, FindingSink sink)
    {
        var lines = new List<BoqLine>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inMeasures = false;
        decimal division = 0m, page = 0m, total = 0m;
        foreach (var (tablePage, map, body) in pages)
        {
            page = 0m;
            var codeColumn = map[HeaderField.Code]!.Value;
            var amountColumn = map[HeaderField.Amount]!.Value;
            foreach (var row in body)
            {
                if (row.IsBlank || HeaderMapper.IsContinuation(row, TableKind.MeasuredWorks))
                {
                    continue;
                }

                if (HeaderMapper.IsHeaderRow(row, TableKind.MeasuredWorks))
                {
                    page = 0m; // a page header repeated without its title
                    continue;
                }

                if (!row[codeColumn].IsEmpty)
                {
                    var line = ReadLine(tablePage, map, row, inMeasures, seen, sink);
                    lines.Add(line);
                    var amount = line.Amount;
                    division += amount;
                    page += amount;
                    total += amount;
                    continue;
                }

                var label = Label(row, map);
                var at = CellAt.Of(tablePage, row, amountColumn);
                if (label.Contains("本页小计", StringComparison.Ordinal))
                {
                    sink.CheckStated(at, row[amountColumn], page, "本页小计", "本页各项合价之和");
                }
                else if (label.Contains("合计", StringComparison.Ordinal))
                {
                    sink.CheckStated(at, row[amountColumn], total, "合计", "表中各项合价之和");
                }
                else if (label.Contains("小计", StringComparison.Ordinal))
                {
                    sink.CheckStated(at, row[amountColumn], division, "分部小计", "本分部各项合价之和");
                }
                else if (label.Length > 0)
                {
                    // A 分部 heading ("A.5 混凝土及钢筋混凝土工程", "措施项目", "单价措施项目").
                    inMeasures = label.Contains("措施项目", StringComparison.Ordinal);
                    division = 0m;
                }
            }
        }

        return lines;
    }

    private static BoqLine ReadLine(TablePage page, HeaderMapper.HeaderMap map, GridRow row, bool inMeasures,
        Dictionary<string, int> seen, FindingSink sink)
    {
        var codeColumn = map[HeaderField.Code]!.Value;
        var code = CellText.ItemCode(row[codeColumn]);
        var codeAt = CellAt.Of(page, row, codeColumn);
        if (!ItemCode.IsWellFormed(code))
        {
            sink.Error(codeAt, $"项目编码“{code}”应为 12 位数字", code);
        }

        if (!seen.TryAdd(code, row.Number))
        {
            sink.Error(codeAt, $"项目编码 {code} 在本单位工程中重复（第 {seen[code]} 行已有）", code);
        }

        var unit = Text(row, map[HeaderField.Unit]);
        var normalized = UnitSpelling.Normalize(unit);
        if (unit.Length > 0 && normalized != unit)
        {
            sink.Warning(CellAt.Of(page, row, map[HeaderField.Unit]!.Value), $"计量单位“{unit}”已按“{normalized}”读取", code);
        }

        var quantity = ReadNonNegative(page, row, map[HeaderField.Quantity]!.Value, "工程量", code, sink);
        var rate = ReadNonNegative(page, row, map[HeaderField.UnitRate]!.Value, "综合单价", code, sink);
        if (rate == 0m)
        {
            sink.Warning(CellAt.Of(page, row, map[HeaderField.UnitRate]!.Value), "综合单价为 0，请核对是否漏报", code);
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
                sink.Error(CellAt.Of(page, row, pc), $"其中：暂估价“{row[pc].Text.Trim()}”不是数字", code);
            }
        }

        var kind = inMeasures || ItemCode.HasMeasuresPrefix(code) ? LineKind.UnitPricedMeasure : LineKind.MeasuredWork;
        var line = new BoqLine(code, Text(row, map[HeaderField.Name]), Text(row, map[HeaderField.Features]), normalized,
            quantity, rate, kind, provisional);

        var amountColumn = map[HeaderField.Amount]!.Value;
        sink.CheckStated(CellAt.Of(page, row, amountColumn), row[amountColumn], line.Amount, "合价",
            $"工程量 × 综合单价（{CellText.Plain(quantity)} × {CellText.Plain(rate)}）", emptyIsFine: false, itemCode: code);
        return line;
    }

    private static decimal ReadNonNegative(TablePage page, GridRow row, int column, string what, string code, FindingSink sink)
    {
        var at = CellAt.Of(page, row, column);
        var cell = row[column];
        if (!CellText.TryReadNumber(cell, out var value))
        {
            sink.Error(at, $"{what}“{cell.Text.Trim()}”不是数字", code);
            return 0m;
        }

        if (value is not { } v)
        {
            sink.Error(at, $"{what}未填写", code);
            return 0m;
        }

        if (v < 0m)
        {
            sink.Error(at, $"{what} {CellText.Plain(v)} 为负数", code, stated: v);
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
