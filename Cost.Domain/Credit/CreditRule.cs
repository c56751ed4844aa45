namespace Cost.Domain.Credit;

/// <summary>
/// One rule of the catalogue in data/credit-rules.json: a stable code (B01, G03, …), what it is for,
/// good or bad, its points (positive for both kinds; the kind gives the sign), how many months a record
/// under it counts (its publication period) and whether the public register shows it.
/// </summary>
public sealed record CreditRule(string Code, string Description, CreditKind Kind, decimal Points, int Months, bool Public)
{
    /// <summary>Null when the rule can be used; otherwise, in Chinese, what a clerk must fix in the file.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Code) ? "诚信规则缺少编号。"
        : string.IsNullOrWhiteSpace(Description) ? $"诚信规则 {Code} 缺少说明。"
        : Points <= 0 ? $"诚信规则 {Code} 的分值须大于 0（良好、不良行为均填正数）。"
        : Months <= 0 ? $"诚信规则 {Code} 的公布期限（月）须大于 0。"
        : null;
}
