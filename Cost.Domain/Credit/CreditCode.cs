namespace Cost.Domain.Credit;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — registration
/// authority, entity type, 6-digit division code, the 9-character organisation code (GB 11714, with
/// its own check character) and a check character over the first 17.
/// </summary>
public static class CreditCode
{
    // GB 32100-2015 §4.3: the 31 characters allowed (no I, O, S, V, Z), each worth its index.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Null when the code is valid; otherwise, in Chinese, which character is wrong and why.</summary>
    public static string? Problem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "统一社会信用代码不能为空。";
        }

        if (code.Length != 18)
        {
            return $"统一社会信用代码应为 18 位，实际为 {code.Length} 位。";
        }

        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(code[i], StringComparison.Ordinal) < 0)
            {
                return $"统一社会信用代码第 {i + 1} 位“{code[i]}”不是允许的字符（数字或除 I、O、S、V、Z 以外的大写字母）。";
            }
        }

        var organisationCheck = OrganisationCheck(code.AsSpan(8, 8));
        if (code[16] != organisationCheck)
        {
            return $"统一社会信用代码第 17 位（组织机构代码校验码）应为“{organisationCheck}”，实际为“{code[16]}”。";
        }

        var check = CheckCharacter(code.AsSpan(0, 17));
        return code[17] == check ? null : $"统一社会信用代码第 18 位（校验码）应为“{check}”，实际为“{code[17]}”。";
    }

    public static bool IsValid(string? code) => Problem(code) is null;

    /// <summary>The 18th character for the first 17 (GB 32100-2015 §4.4: C18 = 31 − Σ Ci·Wi mod 31).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>The organisation code's check character (GB 11714-1997: C9 = 11 − Σ Ci·Wi mod 11; 10 → X, 11 → 0).</summary>
    public static char OrganisationCheck(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var v => (char)('0' + v),
        };
    }
}
