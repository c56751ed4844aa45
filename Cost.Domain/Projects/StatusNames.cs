namespace Cost.Domain.Projects;

/// <summary>The Chinese name of each status, as clerks say it, and the code the API uses.</summary>
public static class StatusNames
{
    public static string Of(TenderStatus status) => status switch
    {
        TenderStatus.Draft => "草稿",
        TenderStatus.Submitted => "已提交",
        TenderStatus.Filed => "已备案",
        TenderStatus.Published => "已公布",
        TenderStatus.Locked => "已锁定",
        TenderStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    /// <summary>"draft", "submitted", "filed", "published", "locked", "returned".</summary>
    public static string Code(TenderStatus status) => status.ToString().ToLowerInvariant();
}
