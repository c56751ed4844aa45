using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// A firm's credit file: its records in the order they were made. Every change returns a new file or
/// a refusal in Chinese; nothing is changed in place, and every change of a record is kept in its history.
/// </summary>
public sealed record CreditFile(string CreditCode, ImmutableArray<CreditRecord> Records)
{
    public static CreditFile Empty(string creditCode) => new(creditCode, []);

    public CreditRecord? Find(int no) => Records.FirstOrDefault(r => r.No == no);

    public CreditRecord? FindEvent(string eventId) => Records.FirstOrDefault(r => r.Source.EventId == eventId);

    public CreditStanding StandingOn(DateOnly date, GradeScale scale) => CreditScore.StandingOn(Records, date, scale);

    /// <summary>What the public may see on <paramref name="date"/>: the records published by their rule and counting then, latest start first.</summary>
    public ImmutableArray<CreditRecord> PublicRecordsOn(DateOnly date) =>
        [.. Records.Where(r => r.Public && r.CountsOn(date)).OrderByDescending(r => r.StartsOn)];

    /// <summary>The records counting on <paramref name="date"/> that their rule keeps from the public: the score includes them, the public page says how many and their sum.</summary>
    public ImmutableArray<CreditRecord> HiddenRecordsOn(DateOnly date) => [.. Records.Where(r => !r.Public && r.CountsOn(date))];

    /// <summary>
    /// Adds a record under <paramref name="rule"/>. A record for an event already in the file is not
    /// added again: the answer is that record, unchanged.
    /// </summary>
    public CreditChange Add(CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by)
    {
        if (source.EventId is { } eventId && FindEvent(eventId) is { } existing)
        {
            return CreditChange.Unchanged(this, existing);
        }

        var today = DateOnly.FromDateTime(at.ToOffset(BureauTime.Offset).DateTime);
        if (occurredOn > today)
        {
            return CreditChange.Refused($"发生日期 {occurredOn:yyyy-MM-dd} 晚于今天。");
        }

        if (publishedOn is { } published && published < occurredOn)
        {
            return CreditChange.Refused($"公布日期 {published:yyyy-MM-dd} 早于发生日期 {occurredOn:yyyy-MM-dd}。");
        }

        var record = CreditRecord.Create(Records.Length + 1, rule, occurredOn, publishedOn, note, source, at, by);
        return CreditChange.Done(this with { Records = Records.Add(record) }, record);
    }

    /// <summary>The firm's consultant appeals a bad record within <see cref="CreditRecord.AppealDays"/> days of its recording.</summary>
    public CreditChange Appeal(int no, string? reason, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return CreditChange.Refused($"第 {no} 号记录不存在。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CreditChange.Refused("请写明申诉理由。");
        }

        if (record.AppealRefusal(DateOnly.FromDateTime(at.ToOffset(BureauTime.Offset).DateTime)) is { } refusal)
        {
            return CreditChange.Refused(refusal);
        }

        return Replace(record.With(CreditRecordAction.Appealed, at, by, reason.Trim()) with { Status = CreditRecordStatus.UnderAppeal });
    }

    /// <summary>
    /// The bureau decides an appeal: upheld, the record stands (and cannot be appealed again); revoked,
    /// it stops counting from the day of the decision.
    /// </summary>
    public CreditChange Decide(int no, bool revoke, string? reason, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return CreditChange.Refused($"第 {no} 号记录不存在。");
        }

        if (record.Status != CreditRecordStatus.UnderAppeal)
        {
            return CreditChange.Refused($"第 {no} 号记录没有待处理的申诉。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CreditChange.Refused("请写明处理理由。");
        }

        var decided = revoke
            ? record.With(CreditRecordAction.Revoked, at, by, reason.Trim()) with
            {
                Status = CreditRecordStatus.Revoked,
                RevokedOn = DateOnly.FromDateTime(at.ToOffset(BureauTime.Offset).DateTime),
            }
            : record.With(CreditRecordAction.Upheld, at, by, reason.Trim()) with { Status = CreditRecordStatus.Standing };
        return Replace(decided);
    }

    /// <summary>
    /// Notes in each record's history that it expired, once, for the records whose publication period
    /// has ended by <paramref name="today"/>. Unchanged, with this same file, when none is new (idempotent).
    /// </summary>
    public CreditChange Expire(DateOnly today, DateTimeOffset at)
    {
        var events = ImmutableArray.CreateBuilder<RecordChanged>();
        var records = Records.Select(r =>
        {
            if (!r.IsExpiredOn(today) || r.Status == CreditRecordStatus.Revoked || r.History.Any(h => h.Action == CreditRecordAction.Expired))
            {
                return r;
            }

            var expired = r.With(CreditRecordAction.Expired, at, "system", $"公布期限 {r.Months} 个月已满，{r.ExpiresOn:yyyy-MM-dd} 起不再计分。");
            events.Add(new RecordChanged(expired, expired.History[^1]));
            return expired;
        }).ToImmutableArray();
        return events.Count == 0 ? CreditChange.Unchanged(this, null) : new CreditChange(this with { Records = records }, null, null, events.ToImmutable());
    }

    private CreditChange Replace(CreditRecord record) =>
        CreditChange.Done(this with { Records = Records.SetItem(Records.IndexOf(Find(record.No)!), record) }, record);
}
