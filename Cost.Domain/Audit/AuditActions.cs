namespace Cost.Domain.Audit;

/// <summary>The actions the audit log records, and what a clerk calls each.</summary>
public static class AuditActions
{
    public const string CeilingPriceUploaded = "ceiling-price.uploaded";
    public const string CeilingPriceSubmitted = "ceiling-price.submitted";
    public const string CeilingPriceFiled = "ceiling-price.filed";
    public const string CeilingPriceRevised = "ceiling-price.revised";
    public const string CeilingPricePublished = "ceiling-price.published";
    public const string CeilingPriceLocked = "ceiling-price.locked";
    public const string CeilingPriceReturned = "ceiling-price.returned";
    public const string InfoPricesOverridden = "info-prices.overridden";
    public const string InfoPricesPublished = "info-prices.published";
    public const string InfoPricesCorrected = "info-prices.corrected";
    public const string CreditRecorded = "credit.recorded";
    public const string CreditAppealed = "credit.appealed";
    public const string CreditUpheld = "credit.upheld";
    public const string CreditRevoked = "credit.revoked";
    public const string CreditExpired = "credit.expired";
    public const string CreditNotified = "credit.notified";
    public const string CreditStated = "credit.stated";
    public const string CreditConfirmed = "credit.confirmed";
    public const string CreditAmended = "credit.amended";
    public const string CreditDropped = "credit.dropped";
    public const string CreditInForce = "credit.inForce";
    public const string CreditRepairApplied = "credit.repairApplied";
    public const string CreditRepaired = "credit.repaired";
    public const string CreditRepairRefused = "credit.repairRefused";
    public const string CalendarChanged = "calendar.changed";
    public const string ComplaintReceived = "complaint.received";
    public const string ComplaintUpheld = "complaint.upheld";
    public const string ComplaintDismissed = "complaint.dismissed";
    public const string AwardRecorded = "award.recorded";
    public const string ConfigurationChanged = "config.changed";
    public const string EngineersChanged = "firm.engineers-changed";
    public const string AccountChanged = "account.changed";
    public const string RestrictionAdded = "restriction.added";
    public const string RestrictionLifted = "restriction.lifted";

    /// <summary>The prefix of every action on a ceiling-price version; their facts are checked against tender_versions.</summary>
    public const string CeilingPricePrefix = "ceiling-price.";

    public static string Name(string action) => action switch
    {
        CeilingPriceUploaded => "上传清单（新版本）",
        CeilingPriceSubmitted => "提交备案",
        CeilingPriceFiled => "最高投标限价备案",
        CeilingPriceRevised => "复核修订并备案",
        CeilingPricePublished => "最高投标限价公布",
        CeilingPriceLocked => "开标锁定",
        CeilingPriceReturned => "退回备案",
        InfoPricesOverridden => "信息价人工调整",
        InfoPricesPublished => "信息价发布",
        InfoPricesCorrected => "信息价更正",
        CreditRecorded => "诚信记录录入",
        CreditAppealed => "诚信记录申诉",
        CreditUpheld => "申诉处理：维持",
        CreditRevoked => "申诉处理：撤销",
        CreditExpired => "诚信记录到期",
        CreditNotified => "诚信记录告知",
        CreditStated => "企业陈述申辩",
        CreditConfirmed => "诚信记录决定：确认",
        CreditAmended => "诚信记录决定：变更",
        CreditDropped => "诚信记录决定：不予记录",
        CreditInForce => "诚信记录公示期满生效",
        CreditRepairApplied => "申请信用修复",
        CreditRepaired => "信用修复：准予",
        CreditRepairRefused => "信用修复：不予",
        CalendarChanged => "工作日历变更",
        ComplaintReceived => "受理投诉",
        ComplaintUpheld => "投诉复核：成立",
        ComplaintDismissed => "投诉复核：驳回",
        AwardRecorded => "中标结果登记",
        ConfigurationChanged => "配置变更",
        EngineersChanged => "注册造价工程师名册变更",
        AccountChanged => "账号变更",
        RestrictionAdded => "限制投标登记",
        RestrictionLifted => "限制投标解除",
        _ => action,
    };
}
