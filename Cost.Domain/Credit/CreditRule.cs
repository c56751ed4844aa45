namespace Cost.Domain.Credit;

/// <summary>
/// One rule of the catalogue in data/credit-rules.json: a stable code (B01, G03, …), what it is for,
/// good or bad, its points (positive for both kinds; the kind gives the sign), how many months a record
/// under it counts (its publication period), whether the public register shows it and, for a bad record, how many
/// months in force before the firm may apply for its repair (信用修复; none: it runs its whole period). A rule of an
/// engineer's file may follow a firm's rule (<paramref name="FollowsFirmRule"/>): when the firm's record under that rule is
/// raised for a filing, the engineers who signed it get a record under this one.
/// </summary>
public sealed record CreditRule(
    string Code, string Description, CreditKind Kind, decimal Points, int Months, bool Public, int? RepairAfterMonths = null, string? FollowsFirmRule = null)
{
    /// <summary>Null when the rule can be used; otherwise, in Chinese, what a clerk must fix in the file.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Code) ? "诚信规则缺少编号。"
        : string.IsNullOrWhiteSpace(Description) ? $"诚信规则 {Code} 缺少说明。"
        : Points <= 0 ? $"诚信规则 {Code} 的分值须大于 0（良好、不良行为均填正数）。"
        : Months <= 0 ? $"诚信规则 {Code} 的公布期限（月）须大于 0。"
        : RepairAfterMonths is { } repair && (Kind != CreditKind.Bad || repair <= 0 || repair >= Months)
            ? $"诚信规则 {Code} 的最短修复期限（repairAfterMonths）只用于不良行为，须大于 0 且小于公布期限 {Months} 个月。"
        : null;
}
