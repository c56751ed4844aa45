using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Calendar;
using Cost.Domain.Pricing;

namespace Cost.Domain.Projects;

// Publication, complaints, revision and the lock at bid opening (GB/T 50500-2013 §5.3).
public sealed partial record TenderProject
{
    /// <summary>The bureau publishes the filed price; the complaint window runs from then.</summary>
    public LifecycleResult Publish(DateTimeOffset at)
    {
        if (Current is not { Status: TenderStatus.Filed } current)
        {
            return LifecycleResult.Refused(Current is null
                ? "尚未上传工程量清单，不能公布。"
                : $"第 {Current.Number} 版状态为“{StatusNames.Of(Current.Status)}”，只有已备案的版本可以公布。");
        }

        return Replace(current with { Status = TenderStatus.Published, PublishedAt = at }, v => new VersionPublished(v));
    }

    /// <summary>
    /// Bid opening locks the filed version the bids were checked against; nothing changes it after.
    /// </summary>
    public LifecycleResult Lock(int version, DateTimeOffset at)
    {
        if (LatestFiled is not { } filed || filed.Number != version)
        {
            return LifecycleResult.Refused($"第 {version} 版不是最新的已备案版本，不能锁定。");
        }

        if (filed.Status == TenderStatus.Locked)
        {
            return LifecycleResult.Refused($"第 {version} 版已于开标时锁定。");
        }

        var locked = filed with { Status = TenderStatus.Locked, LockedAt = at };
        return LifecycleResult.Done(this with { Versions = Versions.SetItem(filed.Number - 1, locked) }, new VersionLocked(locked));
    }

    /// <summary>
    /// Null when a bidder may complain about the published price at <paramref name="at"/>; otherwise
    /// why not: no filed price, the bids are opened, or the window of <paramref name="windowWorkingDays"/> working
    /// days after the day of publication (on <paramref name="calendar"/>) has passed (GB/T 50500-2013 §5.3.7). The publication is the later of the price's own
    /// (<see cref="TenderVersion.PublicSince"/>) and the one the trading platform registered (publishAt).
    /// </summary>
    public string? ComplaintRefusal(DateTimeOffset at, int windowWorkingDays, WorkingCalendar calendar)
    {
        if (LatestFiled is not { PublicSince: { } filedSince } filed)
        {
            return "该项目尚无已备案（公布）的最高投标限价，不能投诉。";
        }

        var since = Info.Registration?.PublishAt is { } published && published > filedSince ? published : filedSince;
        if (filed.Status == TenderStatus.Locked)
        {
            return "已开标，不再受理对最高投标限价的投诉。";
        }

        var lastDay = calendar.AddWorkingDays(BureauTime.DateOf(since), windowWorkingDays);
        return BureauTime.DateOf(at) > lastDay
            ? $"投诉期已过：最高投标限价于 {since.ToOffset(BureauTime.Offset):yyyy-MM-dd HH:mm} 公布，投诉须在公布后 {windowWorkingDays} 个工作日内（{lastDay:yyyy-MM-dd} 前，含当日）提出。"
            : null;
    }

    /// <summary>
    /// A review beyond the tolerance forces a revision: the re-priced bill becomes a new version,
    /// filed at once by the bureau; the earlier versions are kept unchanged. Refused after bid opening
    /// and while the re-priced bill has error findings.
    /// </summary>
    public LifecycleResult Revise(Boq boq, ImmutableArray<BoqFinding> findings, BoqSource source, RuleSet ruleSet, string complaintId, DateTimeOffset at, string by)
    {
        if (LatestFiled is not { } filed)
        {
            return LifecycleResult.Refused("该项目尚无已备案的最高投标限价，无需修订。");
        }

        if (filed.Status == TenderStatus.Locked)
        {
            return LifecycleResult.Refused("已开标，最高投标限价已锁定，不能修订。");
        }

        var price = CeilingPriceCalculator.Price(boq, ruleSet);
        var version = new TenderVersion(Versions.Length + 1, TenderStatus.Filed, boq, price, findings, source,
            SubmittedAt: at, FiledAt: at, FiledBy: by, RevisionFor: complaintId);
        return version.ErrorCount > 0
            ? LifecycleResult.Refused($"复核清单仍有 {version.ErrorCount} 个错误，改正后才能作为修订版本备案。")
            : LifecycleResult.Done(this with { Versions = Versions.Add(version) }, new PriceRevised(version));
    }
}
