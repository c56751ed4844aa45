using System.Text;

namespace Cost.Domain.Prices;

/// <summary>
/// How specs (规格型号) and unit spellings are compared: full-width forms folded to ASCII, no
/// whitespace, upper case, and the look-alikes that surveys type for the same thing made one
/// (φ Ф ф → Φ, x X * → ×, ² → 2, ³ → 3). "HRB400E φ12" and "ＨＲＢ400ＥΦ12" are the same spec.
/// </summary>
public static class SpecText
{
    /// <summary>The comparison key of a spec or unit.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                '\u3000' => ' ',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                'φ' or 'Ф' or 'ф' or 'ϕ' => 'Φ',
                'x' or 'X' or '*' or '╳' => '×',
                '²' => '2',
                '³' => '3',
                _ => char.ToUpperInvariant(c),
            });
        }

        return sb.ToString();
    }
}
