using System.Collections.Immutable;

namespace Cost.Domain.Projects;

// Returning a submission (退回备案): the bureau does not file it and says why.
public sealed partial record TenderProject
{
    /// <summary>The fewest characters a reason for a return may have: a clerk must say what to correct.</summary>
    public const int MinimumReturnReasonLength = 5;

    /// <summary>Every version the bureau returned, oldest first.</summary>
    public ImmutableArray<TenderVersion> Returned => [.. Versions.Where(v => v.Return is not null)];

    /// <summary>
    /// The bureau sends the submitted version back to the compiling firm with <paramref name="reason"/>. The
    /// version stays on record as returned; the firm corrects the bill by uploading a new version and submits
    /// that. Refused when the current version is not submitted (nothing waits for the bureau) or the reason is
    /// shorter than <see cref="MinimumReturnReasonLength"/> characters.
    /// </summary>
    public LifecycleResult Return(string reason, DateTimeOffset at, string by)
    {
        if (Current is not { Status: TenderStatus.Submitted } current)
        {
            return LifecycleResult.Refused(Current is null
                ? "尚未上传工程量清单，没有可退回的版本。"
                : $"第 {Current.Number} 版状态为“{StatusNames.Of(Current.Status)}”，只有已提交的版本可以退回。");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length < MinimumReturnReasonLength)
        {
            return LifecycleResult.Refused($"退回理由至少 {MinimumReturnReasonLength} 个字，须说明要改正什么。");
        }

        return Replace(current with { Status = TenderStatus.Returned, Return = new VersionReturn(trimmed, by, at) }, v => new VersionReturned(v));
    }
}
