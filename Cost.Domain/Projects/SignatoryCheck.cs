using System.Collections.Immutable;
using Cost.Domain.Credit;

namespace Cost.Domain.Projects;

/// <summary>
/// Whether the people who sign a ceiling price may sign it for the compiling firm: each one named must be a 注册造价工程师
/// on the firm's register (《注册造价工程师管理办法》: a registered engineer signs in the name of the firm they are
/// registered with), found by registration number (and then the name must agree) or, where only a name is given, by a
/// name no other engineer of the firm shares. 编制人 and 复核人 are two people. Naming nobody is refused only where the
/// bureau requires both (<c>required</c>).
/// </summary>
public static class SignatoryCheck
{
    /// <summary>The signatories with their registration numbers from the register, or the refusal naming who is wrong.</summary>
    public static (Signatories? Resolved, string? Refusal) Resolve(Signatories stated, ImmutableArray<CostEngineer> register, bool required)
    {
        ArgumentNullException.ThrowIfNull(stated);
        if (required && (stated.Compiler is null || stated.Reviewer is null))
        {
            var missing = string.Join("和", new[] { stated.Compiler is null ? "编制人" : null, stated.Reviewer is null ? "复核人" : null }.OfType<string>());
            return (null, $"未填写{missing}：备案须写明编制人和复核人（注册造价工程师姓名及注册号），可在工作簿扉页填写或提交时填写。");
        }

        var (compiler, compilerRefusal) = Find("编制人", stated.Compiler, register);
        var (reviewer, reviewerRefusal) = Find("复核人", stated.Reviewer, register);
        var refusals = new[] { compilerRefusal, reviewerRefusal }.OfType<string>().ToList();
        if (refusals.Count > 0)
        {
            return (null, string.Join("；", refusals) + "。");
        }

        if (compiler is not null && reviewer is not null && compiler.RegistrationNumber == reviewer.RegistrationNumber)
        {
            return (null, $"编制人和复核人不能是同一人（{compiler}）。");
        }

        return (new Signatories(compiler, reviewer), null);
    }

    /// <summary>A registration number as written in different places: no spaces, half-width brackets, upper case.</summary>
    public static string Normalize(string registrationNumber)
    {
        ArgumentNullException.ThrowIfNull(registrationNumber);
        return new string([.. registrationNumber.Normalize(System.Text.NormalizationForm.FormKC)
            .Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]).Replace('【', '[').Replace('】', ']');
    }

    /// <summary>Whether a normalized registration number has the shape of one: 6–40 characters with digits (建[造]16610000123, 陕1612000789).</summary>
    public static bool IsRegistrationNumber(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length is >= 6 and <= 40 && normalized.Any(char.IsAsciiDigit);
    }

    private static (Signatory? Found, string? Refusal) Find(string role, Signatory? person, ImmutableArray<CostEngineer> register)
    {
        if (person is null)
        {
            return (null, null);
        }

        if (person.RegistrationNumber is { } number)
        {
            var entry = register.FirstOrDefault(e => Normalize(e.RegistrationNumber) == Normalize(number));
            if (entry is null)
            {
                return (null, $"{role}{person}不是编制单位在册的注册造价工程师");
            }

            return SameName(entry.Name, person.Name)
                ? (new Signatory(entry.Name, entry.RegistrationNumber), null)
                : (null, $"{role}注册号 {number} 在册姓名为“{entry.Name}”，与填写的“{person.Name}”不符");
        }

        var named = register.Where(e => SameName(e.Name, person.Name)).ToList();
        return named.Count switch
        {
            1 => (new Signatory(named[0].Name, named[0].RegistrationNumber), null),
            0 => (null, $"{role}“{person.Name}”不是编制单位在册的注册造价工程师"),
            _ => (null, $"编制单位有 {named.Count} 位名为“{person.Name}”的注册造价工程师，请写明{role}的注册号"),
        };
    }

    private static bool SameName(string a, string b) =>
        string.Equals(Compact(a), Compact(b), StringComparison.Ordinal);

    private static string Compact(string name) => new([.. name.Where(c => !char.IsWhiteSpace(c))]);
}
