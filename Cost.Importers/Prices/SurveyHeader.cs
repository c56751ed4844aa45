using System.Text;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// Finds a survey's header row and its columns by their words, in any order, with the variants
/// surveyors write (含税单价(元), 含税价, 单价(含税), 税率(%), 供应商, 日期, 规格/型号 …). Brackets,
/// units in brackets, % signs and spaces are ignored; columns with other words are ignored.
/// </summary>
internal sealed class SurveyHeader
{
    /// <summary>Rows searched for the header: surveys often start with a title and a note.</summary>
    public const int SearchRows = 10;

    private static readonly SurveyField[] Required =
        [SurveyField.ResourceCode, SurveyField.Unit, SurveyField.PriceInclTax, SurveyField.QuotedOn];

    // Checked in this order: 报价单位 (who quoted) must win over 单位 (unit of measurement).
    private static readonly (SurveyField Field, string[] Words)[] Words =
    [
        (SurveyField.Supplier, ["报价单位", "供应商", "供应商名称", "报价方", "报价企业", "供货单位", "供货商", "报价人"]),
        (SurveyField.ResourceCode, ["资源编码", "编码", "材料编码", "人材机编码", "工料机编码", "资源代码", "代码"]),
        (SurveyField.Name, ["名称", "资源名称", "材料名称", "品名", "材料设备名称"]),
        (SurveyField.Spec, ["规格型号", "规格", "型号", "规格及型号", "规格/型号", "规格、型号"]),
        (SurveyField.Unit, ["单位", "计量单位", "计价单位"]),
        (SurveyField.PriceInclTax, ["含税单价", "含税价", "单价含税", "含税价格", "含税市场价", "报价含税", "含税报价", "单价"]),
        (SurveyField.VatRate, ["税率", "增值税税率", "增值税率", "适用税率"]),
        (SurveyField.Quantity, ["数量", "报价数量", "供货量", "供货数量", "成交数量"]),
        (SurveyField.QuotedOn, ["报价日期", "日期", "报价时间"]),
        (SurveyField.Month, ["月份", "期数", "调查月份"]),
    ];

    private readonly Dictionary<SurveyField, int> _columns;

    private SurveyHeader(int row, Dictionary<SurveyField, int> columns)
    {
        Row = row;
        _columns = columns;
    }

    /// <summary>The header's row number as the spreadsheet shows it.</summary>
    public int Row { get; }

    /// <summary>The 1-based column of a field, or null when the survey has no such column.</summary>
    public int? this[SurveyField field] => _columns.TryGetValue(field, out var c) ? c : null;

    /// <summary>
    /// The header when the row is one: it names the resource code and the price, or at least three
    /// survey columns. Null otherwise.
    /// </summary>
    public static SurveyHeader? TryRead(GridRow row)
    {
        var columns = new Dictionary<SurveyField, int>();
        foreach (var cell in row.Cells)
        {
            if (cell.Number is null && FieldOf(cell.Text) is { } field)
            {
                columns.TryAdd(field, cell.Column);
            }
        }

        var isHeader = (columns.ContainsKey(SurveyField.ResourceCode) && columns.ContainsKey(SurveyField.PriceInclTax))
            || columns.Count >= 3;
        return isHeader ? new SurveyHeader(row.Number, columns) : null;
    }

    /// <summary>
    /// True for the header repeated further down (each printed page repeats it): the code column
    /// holds no digit and the row reads as a header.
    /// </summary>
    public bool IsRepeatedHeader(GridRow row) =>
        this[SurveyField.ResourceCode] is { } column
        && row[column] is { Number: null } cell
        && !cell.Text.Any(char.IsDigit)
        && TryRead(row) is not null;

    /// <summary>The required columns the header lacks (in Chinese), empty when it has them all.</summary>
    public IEnumerable<string> Missing(bool withMonth) =>
        Required.Concat(withMonth ? [SurveyField.Month] : [])
            .Where(f => !_columns.ContainsKey(f))
            .Select(NameOf);

    /// <summary>The column's name as the contract writes it.</summary>
    public static string NameOf(SurveyField field) => field switch
    {
        SurveyField.ResourceCode => "资源编码",
        SurveyField.Name => "名称",
        SurveyField.Spec => "规格型号",
        SurveyField.Unit => "单位",
        SurveyField.PriceInclTax => "含税单价",
        SurveyField.VatRate => "税率(%)",
        SurveyField.Quantity => "数量",
        SurveyField.Supplier => "报价单位",
        SurveyField.QuotedOn => "报价日期",
        SurveyField.Month => "月份",
        _ => field.ToString(),
    };

    private static SurveyField? FieldOf(string text)
    {
        var word = Bare(text);
        if (word.Length == 0)
        {
            return null;
        }

        foreach (var (field, words) in Words)
        {
            if (Array.IndexOf(words, word) >= 0)
            {
                return field;
            }
        }

        return null;
    }

    // "含税单价（元）" → 含税单价, "税率(%)" → 税率, "单价(含税)" → 单价含税, "规格 / 型号" → 规格/型号.
    private static string Bare(string text)
    {
        var compact = CellText.Compact(text);
        var sb = new StringBuilder(compact.Length);
        var depth = 0;
        var inner = new StringBuilder();
        foreach (var c in compact)
        {
            switch (c)
            {
                case '(' or '[' or '【':
                    depth++;
                    inner.Clear();
                    break;
                case ')' or ']' or '】':
                    depth = Math.Max(0, depth - 1);
                    // Keep words that qualify the column (单价(含税)); drop units (元, %, 元/t).
                    if (inner.ToString() is "含税" or "不含税" or "除税")
                    {
                        sb.Append(inner);
                    }

                    inner.Clear();
                    break;
                case '%' or '*' or '：' or ':':
                    break;
                default:
                    if (depth > 0)
                    {
                        inner.Append(c);
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
