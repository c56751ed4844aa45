using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// One good or bad conduct record (良好 / 不良行为记录) of a firm. The rule's description, kind,
/// points, period and public flag are copied in when the record is made, so that a later edit of
/// data/credit-rules.json never rewrites a firm's past. <see cref="No"/> numbers the firm's records 1, 2, ….
/// A record counts only once in force: from <see cref="CountsFrom"/> (the end of its publicity, see
/// <see cref="DueProcess"/>) for <see cref="Months"/> months, unless revoked on appeal or repaired before.
/// </summary>
public sealed record CreditRecord(
    int No,
    string RuleCode,
    string Description,
    CreditKind Kind,
    decimal Points,
    int Months,
    bool Public,
    DateOnly OccurredOn,
    DateOnly? PublishedOn,
    string? Note,
    CreditSource Source,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    CreditRecordStatus Status,
    DateOnly? RevokedOn,
    ImmutableArray<CreditHistoryEntry> History,
    DueProcess? Process = null,
    CreditSubmission? Repair = null,
    DateOnly? RepairedOn = null)
{
    /// <summary>A consultant may appeal a bad record within this many days of the bureau's decision.</summary>
    public const int AppealDays = 15;

    /// <summary>For a record brought in settled: the publication date when there is one, else the date of the conduct.</summary>
    public DateOnly StartsOn => PublishedOn ?? OccurredOn;

    /// <summary>The first day it counts: the end of its publicity; null while undecided or once dropped.</summary>
    public DateOnly? CountsFrom => Process is null ? StartsOn : Status == CreditRecordStatus.Dropped ? null : Process.InForceFrom;

    /// <summary>The first day on which the record no longer counts: <see cref="CountsFrom"/> + <see cref="Months"/> months.</summary>
    public DateOnly ExpiresOn => (CountsFrom ?? StartsOn).AddMonths(Months);

    /// <summary>The day the bureau recorded it (China time).</summary>
    public DateOnly RecordedOn => BureauTime.DateOf(RecordedAt);

    /// <summary>The last day an appeal is accepted: <see cref="AppealDays"/> days after the decision (after the recording, for a record brought in settled).</summary>
    public DateOnly AppealDeadline => (Process?.DecidedOn ?? RecordedOn).AddDays(AppealDays);

    /// <summary>+points for a good record, −points for a bad one.</summary>
    public decimal SignedPoints => Kind == CreditKind.Good ? Points : -Points;

    /// <summary>
    /// Whether the record counts in the score on <paramref name="date"/>: in force then (decided and past its
    /// publicity), before it expires, and not on or after the day it was revoked or repaired.
    /// </summary>
    public bool CountsOn(DateOnly date) =>
        CountsFrom is { } from && from <= date && date < ExpiresOn
        && !(RevokedOn is { } revoked && revoked <= date) && !(RepairedOn is { } repaired && repaired <= date);

    /// <summary>Decided and publicised (公示) on <paramref name="date"/>, not yet in force.</summary>
    public bool InPublicityOn(DateOnly date) =>
        Process is { DecidedOn: { } decided, InForceFrom: { } inForce } && decided <= date && date < inForce
        && !(RevokedOn is { } revoked && revoked <= date) && !(RepairedOn is { } repaired && repaired <= date);

    public bool IsExpiredOn(DateOnly date) => date >= ExpiresOn;

    /// <summary>Still on its way: proposed, notified or stated, no decision yet.</summary>
    public bool IsPending => Status is CreditRecordStatus.Proposed or CreditRecordStatus.Notified or CreditRecordStatus.Stated;

    /// <summary>Once upheld on appeal, a record cannot be appealed again.</summary>
    public bool WasAppealed => History.Any(h => h.Action == CreditRecordAction.Appealed);

    /// <summary>Whether a consultant may appeal it on <paramref name="today"/>; null when they may, else why not (Chinese).</summary>
    public string? AppealRefusal(DateOnly today) =>
        Kind != CreditKind.Bad ? "只有不良行为记录可以申诉。"
        : IsPending ? $"第 {No} 号记录尚未决定，请在陈述申辩期内提出陈述申辩。"
        : Status == CreditRecordStatus.UnderAppeal ? $"第 {No} 号记录已在申诉中，等待造价站处理。"
        : Status is CreditRecordStatus.Revoked or CreditRecordStatus.Dropped ? $"第 {No} 号记录已撤销。"
        : Status is CreditRecordStatus.RepairApplied or CreditRecordStatus.Repaired ? $"第 {No} 号记录已申请信用修复，不再受理申诉。"
        : WasAppealed ? $"第 {No} 号记录已申诉并经复核维持，不能再次申诉。"
        : IsExpiredOn(today) ? $"第 {No} 号记录已于 {ExpiresOn:yyyy-MM-dd} 到期。"
        : today > AppealDeadline ? $"申诉须在造价站决定后 {AppealDays} 日内提出（截止 {AppealDeadline:yyyy-MM-dd}），已过期限。"
        : null;

    /// <summary>
    /// Whether the firm may apply on <paramref name="today"/> to have it repaired (信用修复) after
    /// <paramref name="repairAfterMonths"/> months in force (null: the rule allows no repair); null when it may.
    /// </summary>
    public string? RepairRefusal(DateOnly today, int? repairAfterMonths) =>
        Kind != CreditKind.Bad ? "只有不良行为记录可以申请信用修复。"
        : Status == CreditRecordStatus.RepairApplied ? $"第 {No} 号记录的信用修复申请正在办理。"
        : Status == CreditRecordStatus.Repaired ? $"第 {No} 号记录已于 {RepairedOn:yyyy-MM-dd} 修复。"
        : Status == CreditRecordStatus.UnderAppeal ? $"第 {No} 号记录正在申诉，申诉处理后再申请信用修复。"
        : Status != CreditRecordStatus.Standing || !CountsOn(today) ? $"第 {No} 号记录不在生效期内，无需修复。"
        : repairAfterMonths is not { } months ? $"诚信规则 {RuleCode} 的记录不可修复，须待 {ExpiresOn:yyyy-MM-dd} 期满。"
        : today < CountsFrom!.Value.AddMonths(months)
            ? $"信用修复须在记录生效满 {months} 个月后申请（{CountsFrom.Value.AddMonths(months):yyyy-MM-dd} 起）。"
        : null;

    /// <summary>A record under <paramref name="rule"/> with its first history entry; its life starts in <paramref name="status"/>.</summary>
    public static CreditRecord Create(
        int no, CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by,
        CreditRecordStatus status, DueProcess? process) =>
        new(no, rule.Code, rule.Description, rule.Kind, rule.Points, rule.Months, rule.Public, occurredOn, publishedOn, note, source,
            at, by, status, null, [new CreditHistoryEntry(1, CreditRecordAction.Recorded, at, by, note)], process);

    /// <summary>The rule's description, kind, points, period and public flag in place of the ones copied in.</summary>
    internal CreditRecord Under(CreditRule rule) =>
        this with { RuleCode = rule.Code, Description = rule.Description, Kind = rule.Kind, Points = rule.Points, Months = rule.Months, Public = rule.Public };

    internal CreditRecord With(CreditRecordAction action, DateTimeOffset at, string by, string? note) =>
        this with { History = History.Add(new CreditHistoryEntry(History.Length + 1, action, at, by, note)) };
}
