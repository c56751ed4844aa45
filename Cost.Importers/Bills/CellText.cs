using System.Globalization;
using System.Text;

namespace Cost.Importers.Bills;

/// <summary>
/// How cell text is read: full-width characters (ＡＢ１２３，：（）and the ideographic space) are
/// folded to ASCII, numbers may be stored as text with thousands separators, and header or title
/// text is compared without any whitespace ("综合\n单价" is 综合单价).
/// </summary>
internal static class CellText
{
    /// <summary>Folds full-width forms to ASCII and trims.</summary>
    public static string Normalize(string text)
    {
        if (!NeedsFolding(text))
        {
            return text.Trim();
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Fold(c));
        }

        return sb.ToString().Trim();
    }

    /// <summary>Folded and without any whitespace: the form in which titles and headers are compared.</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            if (!char.IsWhiteSpace(f))
            {
                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Reads a number from a numeric cell, or from text such as "1,234.50", "１２３．４" or " 12 ".
    /// Returns false for text that is not a number; empty cells give null and true.
    /// </summary>
    public static bool TryReadNumber(GridCell cell, out decimal? value)
    {
        value = null;
        if (cell.Number is { } n)
        {
            value = n;
            return true;
        }

        if (cell.IsEmpty)
        {
            return true;
        }

        var compact = Compact(cell.Text).Replace(",", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return true;
        }

        if (TryParseExcelNumber(compact, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A number as Excel holds it. Excel keeps binary doubles and writes them with up to 17 significant
    /// digits (96371.71000000001, 8440.879999999999) but computes and displays 15: the text is read as a
    /// double and converted to <see cref="decimal"/>, which rounds to 15 significant digits. False for text
    /// that is not a finite number or lies outside the range of <see cref="decimal"/>.
    /// </summary>
    public static bool TryParseExcelNumber(string text, out decimal value)
    {
        value = 0m;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            || !double.IsFinite(d) || Math.Abs(d) >= MaxDecimalAsDouble)
        {
            return false;
        }

        value = new decimal(d);
        return true;
    }

    // Below decimal.MaxValue (7.9e28) with room for the conversion's rounding.
    private const double MaxDecimalAsDouble = 7.9e28;

    /// <summary>True for a cell that says "nothing here" in a money column: empty, "—", "-", "/".</summary>
    public static bool IsDash(GridCell cell)
    {
        if (cell.IsEmpty)
        {
            return true;
        }

        var compact = Compact(cell.Text);
        return compact.Length > 0 && compact.All(c => c is '—' or '-' or '/' or '－' or '–' or '─');
    }

    /// <summary>
    /// An item code as text. A code exported as a number loses its leading zero (010101001001 →
    /// 10101001001): an 11-digit whole number in a numeric cell gets it back. Text codes lose spaces.
    /// </summary>
    public static string ItemCode(GridCell cell)
    {
        if (cell.Number is { } n && n == decimal.Truncate(n) && n > 0)
        {
            var digits = n.ToString("0", CultureInfo.InvariantCulture);
            return digits.Length == 11 ? "0" + digits : digits;
        }

        return Compact(cell.Text);
    }

    /// <summary>The column letters of a 1-based column number (1 → A, 27 → AA).</summary>
    public static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            letters = (char)('A' + rem) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }

    /// <summary>
    /// The 1-based column number of a cell reference such as "H12"; 0 when there are no letters. Too
    /// many letters saturate at <see cref="int.MaxValue"/> rather than wrap round to a real column.
    /// </summary>
    public static int ColumnNumber(string reference)
    {
        long column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = Math.Min((column * 26) + (upper - 'A' + 1), int.MaxValue);
        }

        return (int)column;
    }

    /// <summary>Money as the messages print it: 12,345.60.</summary>
    public static string Yuan(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A quantity or rate as the messages print it, without trailing zeros.</summary>
    public static string Plain(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                return true;
            }
        }

        return false;
    }

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
