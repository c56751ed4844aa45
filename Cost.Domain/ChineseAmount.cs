using System.Text;

namespace Cost.Domain;

/// <summary>
/// An amount of yuan written in capital Chinese numerals (人民币大写), as on a receipt or a cheque: 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分.
/// </summary>
public static class ChineseAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] PlaceUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];
    private static readonly int[] PlaceValues = [1, 10, 100, 1000];

    /// <summary>The largest amount written: below 10¹⁶ yuan (万亿 groups).</summary>
    public const decimal Maximum = 9_999_999_999_999_999.99m;

    /// <summary>
    /// <paramref name="yuan"/> (rounded to the fen with <see cref="Money.Round"/>) in capitals. Rules of the 正确填写票据和结算凭证
    /// 的基本规定 (中国人民银行): an amount that ends at 元 or 角 is closed with 整, one ending at 分 is not; a run of zeros inside
    /// the yuan, or zero 角 before a 分, is written as one 零; 0 is 零元整. Throws for a negative amount or one above <see cref="Maximum"/>.
    /// </summary>
    public static string Of(decimal yuan)
    {
        var rounded = Money.Round(yuan);
        ArgumentOutOfRangeException.ThrowIfNegative(rounded, nameof(yuan));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounded, Maximum, nameof(yuan));
        var integer = (long)decimal.Truncate(rounded);
        var fen = (int)((rounded - integer) * 100);
        var (jiao, cents) = (fen / 10, fen % 10);

        var text = new StringBuilder(integer == 0 ? "" : Yuan(integer) + "元");
        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (cents > 0 && integer > 0)
        {
            text.Append('零');
        }

        if (cents > 0)
        {
            return text.Append(Digits[cents]).Append('分').ToString();
        }

        return text.Length == 0 ? "零元整" : text.Append('整').ToString();
    }

    /// <summary>A positive whole number in groups of four digits (万, 亿): zeros between digits become one 零, trailing zeros nothing.</summary>
    private static string Yuan(long value)
    {
        var groups = new List<int>();
        for (var rest = value; rest > 0; rest /= 10_000)
        {
            groups.Add((int)(rest % 10_000));
        }

        var text = new StringBuilder();
        var zeroPending = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }

            // A group below 1000 after a higher one is read with a 零 before it (壹万零伍拾).
            zeroPending |= text.Length > 0 && group < 1000;
            for (var place = 3; place >= 0; place--)
            {
                var digit = group / PlaceValues[place] % 10;
                if (digit == 0)
                {
                    zeroPending |= text.Length > 0;
                    continue;
                }

                if (zeroPending)
                {
                    text.Append('零');
                    zeroPending = false;
                }

                text.Append(Digits[digit]).Append(PlaceUnits[place]);
            }

            text.Append(GroupUnits[g]);
            zeroPending = false;
        }

        return text.ToString();
    }
}
