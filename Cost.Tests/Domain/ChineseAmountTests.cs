using Cost.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain;

/// <summary>人民币大写 as a receipt writes it: known amounts, and laws over generated ones (read back, 整, one 零 at a time).</summary>
public class ChineseAmountTests
{
    [Theory]
    [InlineData("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分")]
    [InlineData("100", "壹佰元整")]
    [InlineData("100.05", "壹佰元零伍分")]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.5", "伍角整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("1005.3", "壹仟零伍元叁角整")]
    [InlineData("10010", "壹万零壹拾元整")]
    [InlineData("1000010", "壹佰万零壹拾元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100000005", "壹亿零伍元整")]
    [InlineData("120050000", "壹亿贰仟零伍万元整")]
    [InlineData("15357481.37", "壹仟伍佰叁拾伍万柒仟肆佰捌拾壹元叁角柒分")]
    [InlineData("2.004", "贰元整")]
    [InlineData("2.005", "贰元零壹分")]
    public void Known_amounts_are_written_as_a_bank_clerk_writes_them(string yuan, string expected) =>
        Assert.Equal(expected, ChineseAmount.Of(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_negative_amount_has_no_capitals() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseAmount.Of(-0.01m));

    [Property(MaxTest = 500)]
    public Property The_capitals_read_back_as_the_amount() =>
        Prop.ForAll(Fen(), fen => Read(ChineseAmount.Of(fen / 100m)) == fen);

    [Property(MaxTest = 500)]
    public Property An_amount_without_fen_ends_with_zheng_and_one_with_fen_does_not() =>
        Prop.ForAll(Fen(), fen => ChineseAmount.Of(fen / 100m).EndsWith('整') == (fen % 10 == 0));

    [Property(MaxTest = 500)]
    public Property Zero_is_written_once_at_a_time_and_never_first_or_last() =>
        Prop.ForAll(Fen(), fen =>
        {
            var text = ChineseAmount.Of(fen / 100m);
            return fen == 0 || (!text.Contains("零零", StringComparison.Ordinal) && !text.StartsWith('零') && !text.EndsWith('零'));
        });

    /// <summary>Amounts in fen below 10¹² yuan, with many zeros among the digits.</summary>
    private static Arbitrary<long> Fen() => Arb.From(Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(n => (long)n),
        Gen.ArrayOf(Gen.Elements(0, 0, 0, 1, 5, 9), 14).Select(d => d.Aggregate(0L, (a, x) => a * 10 + x))));

    /// <summary>Reads capitals back to fen: digits times 拾佰仟 within a group, groups times 万 or 亿, then 元, 角 and 分.</summary>
    private static long Read(string text)
    {
        const string digits = "零壹贰叁肆伍陆柒捌玖";
        long total = 0, group = 0, digit = 0, fen = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '拾': group += digit * 10; digit = 0; break;
                case '佰': group += digit * 100; digit = 0; break;
                case '仟': group += digit * 1000; digit = 0; break;
                case '万': total += (group + digit) * 10_000; group = digit = 0; break;
                case '亿': total += (group + digit) * 100_000_000; group = digit = 0; break;
                case '元': total += group + digit; group = digit = 0; break;
                case '角': fen += digit * 10; digit = 0; break;
                case '分': fen += digit; digit = 0; break;
                case '整': break;
                default: digit = digits.IndexOf(c, StringComparison.Ordinal); break;
            }
        }

        return total * 100 + fen;
    }
}
