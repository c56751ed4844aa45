using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Bills;
using Cost.Domain.Materials;

namespace Cost.Importers.Bills;

/// <summary>
/// Reads the main-materials tables (表-21/表-22 承包人提供主要材料和工程设备一览表, 主要材料价格表, 人材机汇总表) by
/// header text: 名称 with 规格型号 in its own column or in one 名称、规格、型号 column, 单位, 数量, the unit price
/// (基准单价, else 除税单价, else 单价) and an optional 材料编码. The table is optional: a table without a price
/// column (表-22 carries price indices instead) is a warning naming the sheet, and its rows are still listed.
/// </summary>
internal static class MainMaterialsReader
{
    private enum Field
    {
        Code,
        Name,
        NameWithSpec,
        Spec,
        Unit,
        Quantity,
        Price,
    }

    /// <param name="pages">The pages of the main-materials tables.</param>
    /// <param name="unitWorks">The unit works of the bill: a table whose 工程名称 line names one belongs to it.</param>
    /// <param name="sink">Where warnings go.</param>
    public static ImmutableArray<MaterialRow> Read(IEnumerable<TablePage> pages, IReadOnlySet<string> unitWorks, FindingSink sink)
    {
        var rows = ImmutableArray.CreateBuilder<MaterialRow>();
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var sheet = page.Sheet.Name;
            sink.Unit = unitWorks.Contains(page.UnitName) ? page.UnitName : null;
            var body = page.Rows.ToList();
            var headerAt = body.Take(6).ToList().FindIndex(IsHeader);
            if (headerAt < 0)
            {
                if (warned.Add(sheet))
                {
                    sink.Warning(FindingRules.MaterialPrice, sheet, $"工作表“{sheet}”的主要材料表找不到表头（名称、单位），未与信息价核对。");
                }

                continue;
            }

            var columns = Columns(body[headerAt]);
            if (!columns.ContainsKey(Field.Price) && warned.Add(sheet))
            {
                sink.Warning(FindingRules.MaterialPrice, sheet, $"工作表“{sheet}”的主要材料表没有单价列（基准单价、除税单价或单价），未与信息价核对。");
            }

            foreach (var row in body.Skip(headerAt + 1).Where(r => !r.IsBlank && !IsHeader(r)))
            {
                if (Read(page, row, columns, sink) is { } material)
                {
                    rows.Add(material);
                }
            }
        }

        sink.Unit = null;
        return rows.ToImmutable();
    }

    private static MaterialRow? Read(TablePage page, GridRow row, Dictionary<Field, int> columns, FindingSink sink)
    {
        string Text(Field field) => columns.TryGetValue(field, out var c) ? CellText.Normalize(row[c].Text) : string.Empty;
        var name = Text(columns.ContainsKey(Field.NameWithSpec) ? Field.NameWithSpec : Field.Name);
        var key = CellText.Compact(name);
        if (key.Length == 0 || key.EndsWith("合计", StringComparison.Ordinal) || key.EndsWith("小计", StringComparison.Ordinal))
        {
            return null;
        }

        var code = columns.TryGetValue(Field.Code, out var codeColumn) ? ResourceCode(row[codeColumn]) : null;
        var item = new FindingItem(code, name);
        var priceColumn = columns.TryGetValue(Field.Price, out var p) ? p : (int?)null;
        return new MaterialRow(page.Sheet.Name, row.Number, priceColumn is { } pc ? CellText.ColumnLetter(pc) : null, sink.Unit, code,
            name, Text(Field.Spec), Text(Field.Unit), Number(page, row, columns, Field.Quantity, "数量", item, sink),
            Number(page, row, columns, Field.Price, "单价", item, sink));
    }

    private static decimal? Number(TablePage page, GridRow row, Dictionary<Field, int> columns, Field field, string what, FindingItem item, FindingSink sink)
    {
        if (!columns.TryGetValue(field, out var column) || CellText.IsDash(row[column]))
        {
            return null;
        }

        if (CellText.TryReadNumber(row[column], out var value))
        {
            return value;
        }

        sink.Warning(FindingRules.Number, CellAt.Of(page, row, column), $"主要材料“{item.Name}”的{what}“{row[column].Text.Trim()}”不是数字，未与信息价核对。", item);
        return null;
    }

    // A resource code exported as a number loses its leading zeros (00010101 → 10101): GB/T 50851 codes have 8 digits.
    private static string? ResourceCode(GridCell cell)
    {
        var code = cell.Number is { } n && n == decimal.Truncate(n) && n > 0
            ? n.ToString("0", CultureInfo.InvariantCulture).PadLeft(8, '0')
            : CellText.Compact(cell.Text);
        return code.Length == 0 ? null : code;
    }

    private static bool IsHeader(GridRow row)
    {
        var fields = Columns(row);
        return (fields.ContainsKey(Field.Name) || fields.ContainsKey(Field.NameWithSpec)) && fields.ContainsKey(Field.Unit);
    }

    private static Dictionary<Field, int> Columns(GridRow row)
    {
        var columns = new Dictionary<Field, int>();
        var priceRank = int.MaxValue;
        foreach (var cell in row.Cells.Where(c => c.Number is null))
        {
            var h = CellText.Compact(cell.Text);
            if (PriceRank(h) is { } rank)
            {
                if (rank < priceRank)
                {
                    (priceRank, columns[Field.Price]) = (rank, cell.Column);
                }
            }
            else if (FieldOf(h) is { } field)
            {
                columns.TryAdd(field, cell.Column);
            }
        }

        return columns;
    }

    private static Field? FieldOf(string h)
    {
        bool Has(string s) => h.Contains(s, StringComparison.Ordinal);
        if (Has("编码"))
        {
            return Field.Code;
        }

        if (Has("名称"))
        {
            return Has("规格") || Has("型号") ? Field.NameWithSpec : Field.Name;
        }

        if (Has("规格") || Has("型号"))
        {
            return Field.Spec;
        }

        if (h == "单位" || Has("计量单位") || h.StartsWith("单位(", StringComparison.Ordinal))
        {
            return Field.Unit;
        }

        return h.StartsWith("数量", StringComparison.Ordinal) ? Field.Quantity : null;
    }

    // The price a bill states for a material, best first: 基准单价 (表-21), a tax-exclusive price, a plain 单价.
    // 投标单价, 发承包人确认单价 and tax-inclusive prices are not the price compared.
    private static int? PriceRank(string h)
    {
        if (h.StartsWith("基准单价", StringComparison.Ordinal))
        {
            return 0;
        }

        if (h.Contains("除税", StringComparison.Ordinal) && h.Contains('价', StringComparison.Ordinal))
        {
            return 1;
        }

        return h == "单价" || h.StartsWith("单价(", StringComparison.Ordinal) ? 2 : null;
    }
}
