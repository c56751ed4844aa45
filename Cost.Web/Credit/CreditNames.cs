using Cost.Domain.Credit;

namespace Cost.Web.Credit;

/// <summary>The Chinese the pages use for kinds, statuses and history actions of credit records.</summary>
public static class CreditNames
{
    public static string Of(CreditKind kind) => kind == CreditKind.Good ? "良好" : "不良";

    public static string Of(CreditRecordStatus status) => status switch
    {
        CreditRecordStatus.Standing => "有效",
        CreditRecordStatus.UnderAppeal => "申诉中",
        _ => "已撤销",
    };

    public static string Of(CreditRecordAction action) => action switch
    {
        CreditRecordAction.Recorded => "记录",
        CreditRecordAction.Appealed => "申诉",
        CreditRecordAction.Upheld => "维持",
        CreditRecordAction.Revoked => "撤销",
        _ => "到期",
    };

    /// <summary>"+5" for a good record, "−10" for a bad one.</summary>
    public static string Points(CreditRecord r) => (r.Kind == CreditKind.Good ? "+" : "−") + Score(r.Points);

    public static string Score(decimal? score) =>
        score is { } s ? s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "—";

    /// <summary>The CSS class of a grade badge ("grade-aaa", …).</summary>
    public static string GradeClass(string? grade) => "grade grade-" + (grade ?? "none").ToLowerInvariant();
}
