using System.Globalization;

namespace Cost.Web.Pages;

/// <summary>How pages write numbers and dates: money with thousands separators and 2 decimals, dates as 2026-11-25 14:30.</summary>
public static class Display
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Money(decimal? yuan) => yuan is { } y ? y.ToString("#,##0.00", Chinese) : "—";

    /// <summary>A fraction as a percentage: 0.13 → 13%.</summary>
    /// <summary>A difference in yuan with its sign (+1,234.50 / -12.00), as the findings show stated minus expected.</summary>
    public static string SignedMoney(decimal yuan) => (yuan > 0 ? "+" : "") + yuan.ToString("#,##0.00", Chinese);

    public static string Percent(decimal fraction) => fraction.ToString("0.##%", Chinese);

    /// <summary>A change as a signed percentage with one decimal: +3.2%, −1.5%.</summary>
    public static string SignedPercent(decimal fraction) => (fraction > 0 ? "+" : "") + fraction.ToString("0.0%", Chinese);

    public static string Count(int n) => n.ToString("#,##0", Chinese);

    public static string Time(DateTimeOffset? at) => at is { } a ? a.ToOffset(Cost.Domain.BureauTime.Offset).ToString("yyyy-MM-dd HH:mm", Chinese) : "—";

    public static string Status(string code) => Enum.TryParse<Cost.Domain.Projects.TenderStatus>(code, true, out var s)
        ? Cost.Domain.Projects.StatusNames.Of(s)
        : "未上传";

    /// <summary>
    /// What a revision means for the bid deadline (GB/T 50500-2013 §5.3.9): extended to a date, extended by days, or not
    /// extended because 15 days or more remain; ends with "，" to be followed by the rest of the sentence.
    /// </summary>
    public static string DeadlineExtension(Cost.Contracts.ComplaintView complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return (complaint.DeadlineExtensionDays, complaint.ExtendedBidDeadline) switch
        {
            (null, _) => "重新公布之日距投标截止时间不少于 15 日，投标截止时间不顺延，",
            ({ } days, { } until) => $"投标截止时间应顺延 {days} 日至 {Time(until)}，",
            ({ } days, null) => $"投标截止时间应顺延，使重新公布之日至投标截止不少于 {days} 日，",
        };
    }
}
