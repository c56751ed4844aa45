using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// One good or bad conduct record (良好 / 不良行为记录) of a firm. The rule's description, kind,
/// points, period and public flag are copied in when the record is made, so that a later edit of
/// data/credit-rules.json never rewrites a firm's past. <see cref="No"/> numbers the firm's records 1, 2, ….
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
    ImmutableArray<CreditHistoryEntry> History)
{
    /// <summary>A consultant may appeal a bad record within this many days of its recording.</summary>
    public const int AppealDays = 15;

    /// <summary>The publication period runs from the publication date when there is one, else from the date of the conduct.</summary>
    public DateOnly StartsOn => PublishedOn ?? OccurredOn;

    /// <summary>The first day on which the record no longer counts: start + <see cref="Months"/> months.</summary>
    public DateOnly ExpiresOn => StartsOn.AddMonths(Months);

    /// <summary>The day the bureau recorded it (China time): the appeal period runs from here.</summary>
    public DateOnly RecordedOn => DateOnly.FromDateTime(RecordedAt.ToOffset(BureauTime.Offset).DateTime);

    /// <summary>The last day an appeal is accepted.</summary>
    public DateOnly AppealDeadline => RecordedOn.AddDays(AppealDays);

    /// <summary>+points for a good record, −points for a bad one.</summary>
    public decimal SignedPoints => Kind == CreditKind.Good ? Points : -Points;

    /// <summary>
    /// Whether the record counts in the score on <paramref name="date"/>: from its start, before it
    /// expires, and not on or after the day it was revoked.
    /// </summary>
    public bool CountsOn(DateOnly date) =>
        StartsOn <= date && date < ExpiresOn && !(RevokedOn is { } revoked && revoked <= date);

    public bool IsExpiredOn(DateOnly date) => date >= ExpiresOn;

    /// <summary>Once upheld on appeal, a record cannot be appealed again.</summary>
    public bool WasAppealed => History.Any(h => h.Action == CreditRecordAction.Appealed);

    /// <summary>Whether a consultant may appeal it on <paramref name="today"/>; null when they may, else why not (Chinese).</summary>
    public string? AppealRefusal(DateOnly today) =>
        Kind != CreditKind.Bad ? "只有不良行为记录可以申诉。"
        : Status == CreditRecordStatus.UnderAppeal ? $"第 {No} 号记录已在申诉中，等待造价站处理。"
        : Status == CreditRecordStatus.Revoked ? $"第 {No} 号记录已撤销。"
        : WasAppealed ? $"第 {No} 号记录已申诉并经复核维持，不能再次申诉。"
        : IsExpiredOn(today) ? $"第 {No} 号记录已于 {ExpiresOn:yyyy-MM-dd} 到期。"
        : today > AppealDeadline ? $"申诉须在记录后 {AppealDays} 日内提出（截止 {AppealDeadline:yyyy-MM-dd}），已过期限。"
        : null;

    public static CreditRecord Create(
        int no, CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by) =>
        new(no, rule.Code, rule.Description, rule.Kind, rule.Points, rule.Months, rule.Public, occurredOn, publishedOn, note, source,
            at, by, CreditRecordStatus.Standing, null, [new CreditHistoryEntry(1, CreditRecordAction.Recorded, at, by, note)]);

    internal CreditRecord With(CreditRecordAction action, DateTimeOffset at, string by, string? note) =>
        this with { History = History.Add(new CreditHistoryEntry(History.Length + 1, action, at, by, note)) };
}
