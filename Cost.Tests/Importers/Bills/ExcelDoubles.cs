using System.Globalization;
using System.Text.RegularExpressions;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Rewrites the numeric cells of a workbook the way Excel saves the doubles it holds: a value such as
/// 96371.71 computed by a formula is often one unit in the last place off (96371.71000000001,
/// 899.0599999999999) and written with 17 significant digits. Excel shows and computes such a value
/// as the 15-digit one, so a reader must too.
/// </summary>
internal static partial class ExcelDoubles
{
    /// <summary>
    /// Every numeric cell of every worksheet moved by <c>nudge(i)</c> units in the last place (−1, 0 or +1 for
    /// the i-th numeric cell met) and written in round-trip form.
    /// </summary>
    public static byte[] Nudge(byte[] xlsx, Func<int, int> nudge)
    {
        var count = 0;
        foreach (var (_, entry) in WorkbookXml.Sheets(xlsx))
        {
            xlsx = WorkbookXml.Edit(xlsx, entry, xml => NumericCell().Replace(xml, m =>
            {
                var attrs = m.Groups["attrs"].Value;
                if (attrs.Contains(" t=", StringComparison.Ordinal) && !attrs.Contains(" t=\"n\"", StringComparison.Ordinal))
                {
                    return m.Value; // shared strings, inline strings, booleans
                }

                var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
                var moved = Step(value, nudge(count++));

                // Excel writes no type on a number cell.
                var head = m.Groups["head"].Value.Replace(" t=\"n\"", string.Empty, StringComparison.Ordinal);
                return head + moved.ToString("R", CultureInfo.InvariantCulture) + m.Groups["tail"].Value;
            }));
        }

        return xlsx;
    }

    /// <summary>The double <paramref name="steps"/> units in the last place away from <paramref name="value"/>.</summary>
    public static double Step(double value, int steps)
    {
        for (var i = 0; i < Math.Abs(steps); i++)
        {
            value = steps > 0 ? Math.BitIncrement(value) : Math.BitDecrement(value);
        }

        return value;
    }

    [GeneratedRegex(@"(?<head><(\w+:)?c(?<attrs>[^>]*)>\s*<(\w+:)?v>)(?<value>-?[0-9.]+(E[-+]?[0-9]+)?)(?<tail></(\w+:)?v>)")]
    private static partial Regex NumericCell();
}
