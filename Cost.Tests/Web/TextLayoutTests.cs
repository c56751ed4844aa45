using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Cost.Web.Bulletins;

namespace Cost.Tests.Web;

/// <summary>Line breaking for printed bulletins, measured here with one unit per character.</summary>
public class TextLayoutTests
{
    private static double Characters(string text) => text.Length;

    private static string[] Lines(string text, double width) => [.. TextLayout.Wrap(text, width, Characters)];

    [Fact]
    public void Chinese_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["一二三", "四五六", "七"], Lines("一二三四五六七", 3));
    }

    [Fact]
    public void Latin_words_and_numbers_break_only_at_spaces()
    {
        Assert.Equal(["HRB400E Φ12", "3,985.40"], Lines("HRB400E Φ12 3,985.40", 12));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_per_character_and_nothing_is_lost()
    {
        Assert.Equal(["ABCD", "EFGH", "IJ"], Lines("ABCDEFGHIJ", 4));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        Assert.Equal(["一二", "三，四"], Lines("一二三，四", 3));
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        Assert.Equal(["一二", "（三）"], Lines("一二（三）", 4));
    }

    [Fact]
    public void Chinese_next_to_latin_may_break_between_them()
    {
        Assert.Equal(["商品混凝土", "C30"], Lines("商品混凝土C30", 6));
        Assert.Equal(["C30商品混", "凝土"], Lines("C30商品混凝土", 6));
    }

    [Fact]
    public void A_line_feed_puts_each_marker_on_its_own_line()
    {
        Assert.Equal(["沿用上期", "沿用市区价"], Lines("沿用上期\n沿用市区价", 100));
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([""], Lines("", 10));
    }

    [Property]
    public Property Wrapping_keeps_every_character_in_order_and_every_line_within_the_width() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Elements('价', '格', '，', '（', '）', 'a', 'B', '1', '.', ' ', '“', '”'), n))),
            Arb.From(Gen.Choose(1, 12)),
            (chars, width) =>
            {
                var text = new string(chars);
                var lines = TextLayout.Wrap(text, width, Characters);
                return string.Concat(lines).Replace(" ", "", StringComparison.Ordinal) == text.Replace(" ", "", StringComparison.Ordinal)
                    && lines.All(l => l.Length <= width);
            });
}
