using Cost.Domain.Credit;

namespace Cost.Web.Credit;

/// <summary>The Chinese the pages use for kinds, statuses and history actions of credit records.</summary>
public static class CreditNames
{
    public static string Of(CreditKind kind) => kind == CreditKind.Good ? "良好" : "不良";

    public static string Of(CreditRecordAction action) => action switch
    {
        CreditRecordAction.Recorded => "拟记录",
        CreditRecordAction.Notified => "告知",
        CreditRecordAction.Stated => "陈述申辩",
        CreditRecordAction.Confirmed => "决定确认",
        CreditRecordAction.Amended => "决定变更",
        CreditRecordAction.Dropped => "决定不予记录",
        CreditRecordAction.InForce => "公示期满生效",
        CreditRecordAction.Appealed => "申诉",
        CreditRecordAction.Upheld => "申诉维持",
        CreditRecordAction.Revoked => "申诉撤销",
        CreditRecordAction.RepairApplied => "申请信用修复",
        CreditRecordAction.Repaired => "准予信用修复",
        CreditRecordAction.RepairRefused => "不予信用修复",
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
