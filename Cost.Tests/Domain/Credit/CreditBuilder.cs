using System.Globalization;
using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

/// <summary>Small builders for credit tests: rules, records and valid unified social credit codes.</summary>
public static class CreditBuilder
{
    public static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static CreditRule Rule(CreditKind kind, decimal points = 10, int months = 12, string? code = null) =>
        new(code ?? (kind == CreditKind.Good ? "G99" : "B99"), "测试规则", kind, points, months, true);

    public static CreditRecord Record(int no, CreditKind kind, decimal points, int months, DateOnly occurredOn, DateOnly? revokedOn = null) =>
        CreditRecord.Create(no, Rule(kind, points, months), occurredOn, null, null, CreditSource.Bureau(null), At, "bureau", CreditRecordStatus.Standing, null) with
        {
            Status = revokedOn is null ? CreditRecordStatus.Standing : CreditRecordStatus.Revoked,
            RevokedOn = revokedOn,
        };

    /// <summary>A valid code (both check characters right) for organisation body <paramref name="body8"/> (8 digits).</summary>
    public static string Code(int body8)
    {
        var first16 = "91610100" + body8.ToString("D8", CultureInfo.InvariantCulture);
        var first17 = first16 + CreditCode.OrganisationCheck(first16.AsSpan(8, 8));
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A fresh valid code, different on every call.</summary>
    public static string NewCode() => Code(Random.Shared.Next(10_000_000, 99_999_999));
}
