using System.Collections.Immutable;
using System.Globalization;

namespace Cost.Web.Bulletins;

/// <summary>
/// Breaks text into lines no wider than a width, as Chinese typesetting does: Chinese characters may
/// break between any two of them, Latin words and numbers only at spaces (a word wider than the whole
/// line is broken per character, never cut). Closing punctuation (，。）” …) never starts a line and
/// opening punctuation (（“《 …) never ends one (GB/T 15834-2011 §5). A line feed forces a break, so a
/// cell can put each marker on a line of its own. Widths come from the caller's measure (points of a
/// font), so the rule is the same for any font and is testable without one.
/// </summary>
public static class TextLayout
{
    private const string Closing = "，。、；：！？）》」』】〕〉”’％…—·,.;:!?)]}%";
    private const string Opening = "（《「『【〔〈“‘([{";

    /// <summary>The lines of <paramref name="text"/>, at least one (empty text is one empty line); each measures at most <paramref name="width"/> unless a single character is wider.</summary>
    public static ImmutableArray<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(Units(paragraph), width, measure, lines);
        }

        return lines.ToImmutable();
    }

    private static void WrapParagraph(List<Unit> units, double width, Func<string, double> measure, ImmutableArray<string>.Builder lines)
    {
        var line = "";
        foreach (var unit in units)
        {
            var candidate = line.Length == 0 ? unit.Text : line + (unit.SpaceBefore ? " " : "") + unit.Text;
            if (measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = unit.Text;
            if (measure(line) <= width)
            {
                continue;
            }

            // A word wider than the whole line: break it per character rather than cut it.
            line = "";
            foreach (var element in Elements(unit.Text))
            {
                if (line.Length > 0 && measure(line + element) > width)
                {
                    lines.Add(line);
                    line = "";
                }

                line += element;
            }
        }

        lines.Add(line);
    }

    /// <summary>The unbreakable pieces of a paragraph: a Chinese character (with the punctuation that clings to it) or a Latin word.</summary>
    private static List<Unit> Units(string paragraph)
    {
        var units = new List<Unit>();
        var space = false;
        var openWord = false;
        foreach (var element in Elements(paragraph))
        {
            if (string.IsNullOrWhiteSpace(element))
            {
                space = units.Count > 0;
                openWord = false;
                continue;
            }

            var wide = IsWide(element);
            var clings = units.Count > 0 && !space && (Closing.Contains(element, StringComparison.Ordinal)
                || Opening.Contains(units[^1].Text[^1]) || (openWord && !wide));
            if (clings)
            {
                units[^1] = units[^1] with { Text = units[^1].Text + element };
            }
            else
            {
                units.Add(new Unit(element, space));
            }

            space = false;
            openWord = !wide && !Opening.Contains(element, StringComparison.Ordinal);
        }

        return units;
    }

    private static IEnumerable<string> Elements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    /// <summary>Chinese, Japanese and Korean characters, full-width forms and the quotes, dash and ellipsis of Chinese text, between any two of which a line may break.</summary>
    private static bool IsWide(string element)
    {
        var c = char.ConvertToUtf32(element, 0);
        return c is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF)
            or 0x2014 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2026 or 0x00B7;
    }

    private sealed record Unit(string Text, bool SpaceBefore);
}
