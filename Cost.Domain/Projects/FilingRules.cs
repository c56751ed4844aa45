using System.Globalization;
using System.Text.RegularExpressions;

namespace Cost.Domain.Projects;

/// <summary>
/// The bureau's filing parameters (data/filing.json).
/// </summary>
/// <param name="NumberFormat">
/// The filing number (备案号) pattern: <c>{year}</c> is the year of filing, <c>{seq:0000}</c> the sequence number
/// within that year padded to as many digits as there are zeros (<c>{seq}</c> unpadded). Must contain <c>{seq}</c>.
/// </param>
/// <param name="ReturnCreditRule">The credit rule recorded for the compiling firm when a tender has been returned often enough (B02).</param>
/// <param name="ReturnsForCreditRecord">The return of a tender that records <paramref name="ReturnCreditRule"/> (2: the second).</param>
public sealed partial record FilingRules(string NumberFormat, string ReturnCreditRule, int ReturnsForCreditRecord)
{
    public static FilingRules Default { get; } = new("西造价备〔{year}〕{seq:0000}号", "B02", 2);

    /// <summary>
    /// The filing number of the <paramref name="sequence"/>-th filing of <paramref name="year"/>, e.g.
    /// 西造价备〔2026〕0001号. Throws when the format has no <c>{seq}</c> (numbers would repeat).
    /// </summary>
    public string Number(int year, int sequence)
    {
        if (!NumberFormat.Contains("{seq", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"备案号格式“{NumberFormat}”缺少 {{seq}}，备案号会重复。");
        }

        return Placeholder().Replace(NumberFormat, m =>
        {
            var value = m.Groups["name"].Value == "year" ? year : sequence;
            return value.ToString(m.Groups["pad"].Success ? m.Groups["pad"].Value : "0", CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"\{(?<name>year|seq)(?::(?<pad>0+))?\}")]
    private static partial Regex Placeholder();
}
