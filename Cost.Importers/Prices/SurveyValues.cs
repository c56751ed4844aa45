using System.Globalization;
using System.Text.RegularExpressions;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>How the cells of a survey row are read: codes, money, rates and quote dates.</summary>
internal static partial class SurveyValues
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// A resource code as text. Excel drops the leading zeros of a code kept as a number (00010101 →
    /// 10101), in the cell and in the CSV it saves: an all-digit code shorter than 8 digits gets them back.
    /// </summary>
    public static string ResourceCode(GridCell cell)
    {
        var text = cell.Number is { } n && n == decimal.Truncate(n) && n > 0
            ? n.ToString("0", CultureInfo.InvariantCulture)
            : CellText.Compact(cell.Text);
        return text.Length is > 0 and < 8 && text.All(char.IsAsciiDigit) ? text.PadLeft(8, '0') : text;
    }

    /// <summary>A number from a numeric cell or text ("3,850.00", "３８５０", "¥3850", "3850元"); empty gives null.</summary>
    public static bool TryNumber(GridCell cell, out decimal? value)
    {
        if (cell.Number is not null || cell.IsEmpty)
        {
            return CellText.TryReadNumber(cell, out value);
        }

        var text = CellText.Compact(cell.Text).TrimStart('¥', '￥').TrimEnd('元');
        return CellText.TryReadNumber(cell with { Text = text }, out value);
    }

    /// <summary>
    /// A VAT rate as a fraction from "13", "13%", "0.13" or a percent-formatted cell (0.13): values of
    /// 1 and more are percentages. Empty gives null.
    /// </summary>
    public static bool TryRate(GridCell cell, out decimal? rate)
    {
        rate = null;
        if (cell.IsEmpty)
        {
            return true;
        }

        var percent = cell.Number is null && CellText.Compact(cell.Text).EndsWith('%');
        var number = percent ? cell with { Text = CellText.Compact(cell.Text).TrimEnd('%') } : cell;
        if (!TryNumber(number, out var value) || value is not { } v || v < 0m)
        {
            return false;
        }

        rate = percent || v >= 1m ? v / 100m : v;
        return true;
    }

    /// <summary>
    /// A quote date: an Excel serial date (numeric cell, or digits in a CSV), 2026-10-08, 2026/10/8,
    /// 2026.10.8, 2026年10月8日, each optionally followed by a time.
    /// </summary>
    public static bool TryDate(GridCell cell, out DateOnly date)
    {
        date = default;
        if (cell.Number is { } serial)
        {
            return TrySerial(serial, out date);
        }

        var text = CellText.Normalize(cell.Text);
        var match = DatePattern().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year is < 1900 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var textSerial)
            && TrySerial(textSerial, out date);
    }

    // Excel's 1900 date system (serial 61 = 1900-03-01; the phantom 1900-02-29 lies before any quote).
    private static bool TrySerial(decimal serial, out DateOnly date)
    {
        date = default;
        if (serial is < 61m or > 2_958_465m)
        {
            return false;
        }

        date = ExcelEpoch.AddDays((int)decimal.Truncate(serial));
        return true;
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")]
    private static partial Regex DatePattern();
}
