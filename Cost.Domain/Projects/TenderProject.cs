using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Pricing;

namespace Cost.Domain.Projects;

/// <summary>
/// A tender and the versions of its ceiling price. Every change returns a new project or a refusal
/// in Chinese; nothing is mutated in place.
/// </summary>
public sealed partial record TenderProject(
    TenderInfo Info,
    ImmutableArray<TenderVersion> Versions)
{
    public static TenderProject Create(TenderInfo info) => new(info, []);

    /// <summary>The newest version, or null before the first upload.</summary>
    public TenderVersion? Current => Versions.IsEmpty ? null : Versions[^1];

    /// <summary>The newest filed (or later) version: what the trading platform reads.</summary>
    public TenderVersion? LatestFiled => Versions.LastOrDefault(v => v.IsFiled);

    /// <summary>
    /// A new bill becomes a new draft version, priced under the project's rule set, with a warning when the
    /// workbook names another project (<see cref="ProjectNameCheck"/>). Refused once the current version is
    /// filed: a filed price changes only through review and revision. <c>basedOn</c> is how many versions
    /// the uploader saw when the upload began (optimistic concurrency): when another upload got in first,
    /// this one is refused rather than silently stacked on top; the same upload arriving twice (a retried
    /// call) leaves the project as the first one did. <c>materials</c>: the bill's main materials against 信息价.
    /// </summary>
    public LifecycleResult UploadBoq(Boq boq, ImmutableArray<BoqFinding> findings, BoqSource source, RuleSet ruleSet, int? basedOn = null,
        MaterialCheck? materials = null)
    {
        if (Current is { IsFiled: true } filed)
        {
            return LifecycleResult.Refused($"第 {filed.Number} 版已备案（{StatusNames.Of(filed.Status)}），不能再上传清单；修订须经复核程序。");
        }

        if (basedOn is { } seen && seen != Versions.Length)
        {
            var latest = Versions[^1];
            return latest.Number == seen + 1 && latest.Source == source
                ? LifecycleResult.Unchanged(this)
                : LifecycleResult.Refused($"上传期间已有新的第 {latest.Number} 版（{latest.Source.UploadedBy} 上传的 {latest.Source.FileName}），本次上传未保存；请查看最新版本后再决定是否重新上传。");
        }

        var price = CeilingPriceCalculator.Price(boq, ruleSet);
        if (ProjectNameCheck.Check(Info.Name, boq.ProjectName) is { } otherName)
        {
            findings = findings.Add(otherName);
        }

        var version = new TenderVersion(Versions.Length + 1, TenderStatus.Draft, boq, price, findings, source, Materials: materials);
        return LifecycleResult.Done(this with { Versions = Versions.Add(version) }, new VersionUploaded(version));
    }

    /// <summary>The consultant hands the current draft to the bureau for filing.</summary>
    public LifecycleResult Submit(DateTimeOffset at, Signatories? signatories = null)
    {
        if (Current is not { } current)
        {
            return LifecycleResult.Refused("尚未上传工程量清单，不能提交备案。");
        }

        if (current.Status != TenderStatus.Draft)
        {
            return LifecycleResult.Refused($"第 {current.Number} 版状态为“{StatusNames.Of(current.Status)}”，只有草稿可以提交。");
        }

        if (current.ErrorCount > 0)
        {
            return LifecycleResult.Refused($"第 {current.Number} 版仍有 {current.ErrorCount} 个错误，改正后才能提交备案。");
        }

        return Replace(current with { Status = TenderStatus.Submitted, SubmittedAt = at, Signatories = signatories }, v => new VersionSubmitted(v));
    }

    /// <summary>
    /// The bureau files (备案) the submitted version. Refused while error findings remain
    /// (GB/T 50500-2013 §5.3: the ceiling price is filed with the authority only when complete).
    /// </summary>
    public LifecycleResult File(DateTimeOffset at, string by)
    {
        if (Current is not { } current)
        {
            return LifecycleResult.Refused("尚未上传工程量清单，不能备案。");
        }

        if (current.ErrorCount > 0)
        {
            return LifecycleResult.Refused($"第 {current.Number} 版仍有 {current.ErrorCount} 个错误，不能备案。");
        }

        if (current.Status != TenderStatus.Submitted)
        {
            return LifecycleResult.Refused($"第 {current.Number} 版状态为“{StatusNames.Of(current.Status)}”，只有已提交的版本可以备案。");
        }

        return Replace(current with { Status = TenderStatus.Filed, FiledAt = at, FiledBy = by }, v => new VersionFiled(v));
    }

    private LifecycleResult Replace(TenderVersion version, Func<TenderVersion, ProjectEvent> happened) =>
        LifecycleResult.Done(this with { Versions = Versions.SetItem(Versions.Length - 1, version) }, happened(version));
}
