using System.Globalization;
using ClosedXML.Excel;

namespace Cost.Samples;

/// <summary>
/// A worksheet being written top to bottom, in the look of a pricing-software export: title rows,
/// the 工程名称 line, merged headers, and values stored as numbers or as text per the options.
/// </summary>
internal sealed class TableSheet
{
    private readonly IXLWorksheet _sheet;
    private readonly BoqWriteOptions _options;
    private readonly int _lastColumn;

    public TableSheet(IXLWorksheet sheet, BoqWriteOptions options, params double[] widths)
    {
        _sheet = sheet;
        _options = options;
        _lastColumn = widths.Length;
        for (var i = 0; i < widths.Length; i++)
        {
            // AdjustToContents needs libgdiplus; widths are set by hand.
            sheet.Column(i + 1).Width = widths[i];
        }
    }

    /// <summary>The row the next write goes to (1-based).</summary>
    public int Row { get; private set; } = 1;

    public void Title(string title)
    {
        var cell = _sheet.Cell(Row, 1);
        cell.SetValue(title);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 16;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        _sheet.Range(Row, 1, Row, _lastColumn).Merge();
        Row++;
    }

    /// <summary>"工程名称：xxx    标段：    第 p 页 共 n 页" in one merged cell, as exports print it.</summary>
    public void ProjectLine(string unitName, int page, int pages)
    {
        _sheet.Cell(Row, 1).SetValue($"工程名称：{unitName}        标段：        第 {page} 页 共 {pages} 页");
        _sheet.Range(Row, 1, Row, _lastColumn).Merge();
        Row++;
    }

    /// <summary>A one-row header.</summary>
    public void Header(params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            HeaderCell(_sheet.Cell(Row, i + 1), names[i]);
        }

        Row++;
    }

    /// <summary>
    /// The two-row header of 表-08: every column merged over two rows except 金额(元), which spans
    /// 综合单价 / 合价 / 其中：暂估价 in the second row.
    /// </summary>
    public void TwoRowHeader(string[] single, string group, string[] grouped)
    {
        for (var i = 0; i < single.Length; i++)
        {
            HeaderCell(_sheet.Cell(Row, i + 1), single[i]);
            _sheet.Range(Row, i + 1, Row + 1, i + 1).Merge();
        }

        HeaderCell(_sheet.Cell(Row, single.Length + 1), group);
        _sheet.Range(Row, single.Length + 1, Row, single.Length + grouped.Length).Merge();
        for (var i = 0; i < grouped.Length; i++)
        {
            HeaderCell(_sheet.Cell(Row + 1, single.Length + 1 + i), grouped[i]);
        }

        Row += 2;
    }

    public void NextRow() => Row++;

    public void Text(int column, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _sheet.Cell(Row, column).SetValue(text);
        }
    }

    public void Bold(int column) => _sheet.Cell(Row, column).Style.Font.Bold = true;

    /// <summary>A number as a number, or as text "1,234.50" when the options say so.</summary>
    public void Number(int column, decimal? value, bool money = true)
    {
        if (value is not { } v)
        {
            return;
        }

        var cell = _sheet.Cell(Row, column);
        if (_options.NumbersAsText)
        {
            cell.SetValue(v.ToString(money ? "#,0.00" : "#,0.##########", CultureInfo.InvariantCulture));
        }
        else
        {
            cell.SetValue(v);
        }
    }

    public void Code(int column, string code)
    {
        if (_options.CodesAsNumbers && code.Length > 0 && code.All(char.IsAsciiDigit) && code.Length <= 15)
        {
            _sheet.Cell(Row, column).SetValue(long.Parse(code, CultureInfo.InvariantCulture));
        }
        else
        {
            _sheet.Cell(Row, column).SetValue(code);
        }
    }

    private static void HeaderCell(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        cell.Style.Alignment.WrapText = true;
    }
}
