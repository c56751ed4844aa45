using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// A credit file, a firm's (<see cref="CreditCode"/>: its unified social credit code) or a registered cost engineer's
/// (the registration number): its records in the order they were made. Every change returns a new file or
/// a refusal in Chinese; nothing is changed in place, and every change of a record is kept in its history.
/// A record's life (国办发〔2020〕49号): proposed by the bureau → notified to the firm → its statement → the
/// bureau's decision → publicity → in force until it expires; automatic records start notified.
/// </summary>
public sealed record CreditFile(string CreditCode, ImmutableArray<CreditRecord> Records)
{
    /// <summary>The longest statement or repair evidence accepted, in characters.</summary>
    public const int MaxTextLength = 4000;

    public static CreditFile Empty(string creditCode) => new(creditCode, []);

    public CreditRecord? Find(int no) => Records.FirstOrDefault(r => r.No == no);

    public CreditRecord? FindEvent(string eventId) => Records.FirstOrDefault(r => r.Source.EventId == eventId);

    /// <summary>The file as the firm's consultants see it: every record but those only proposed, not yet notified.</summary>
    public CreditFile AsFirmSees() => this with { Records = [.. Records.Where(r => r.Status != CreditRecordStatus.Proposed)] };

    public CreditStanding StandingOn(DateOnly date, GradeScale scale) => CreditScore.StandingOn(Records, date, scale);

    /// <summary>An engineer's standing: the points of the records counting on <paramref name="date"/> (good +, bad −).</summary>
    public decimal PointsOn(DateOnly date) => CreditScore.On(Records, date, 0m);

    /// <summary>
    /// What the public may see on <paramref name="date"/>: the records published by their rule that count then or are
    /// in publicity (公示) then, latest first; a repaired record is no longer shown.
    /// </summary>
    public ImmutableArray<CreditRecord> PublicRecordsOn(DateOnly date) =>
        [.. Records.Where(r => r.Public && r.Status != CreditRecordStatus.Repaired && (r.CountsOn(date) || r.InPublicityOn(date)))
            .OrderByDescending(r => r.CountsFrom)];

    /// <summary>The records counting on <paramref name="date"/> that the public does not see (kept from it by their rule, or since repaired): the score includes them, the public page says how many and their sum.</summary>
    public ImmutableArray<CreditRecord> HiddenRecordsOn(DateOnly date) =>
        [.. Records.Where(r => (!r.Public || r.Status == CreditRecordStatus.Repaired) && r.CountsOn(date))];

    /// <summary>The days up to <paramref name="asOf"/> on which a repair moved the grade, latest first: what the public page says of repairs.</summary>
    public ImmutableArray<RepairGradeChange> RepairGradeChanges(DateOnly asOf, GradeScale scale) =>
        [.. Records.Select(r => r.RepairedOn).OfType<DateOnly>().Where(d => d <= asOf).Distinct().OrderDescending()
            .Select(d => new RepairGradeChange(d, StandingOn(d.AddDays(-1), scale).Grade, StandingOn(d, scale).Grade))
            .Where(c => c.From != c.To)];

    /// <summary>
    /// A record already settled elsewhere (brought over from the previous register): in force from its publication
    /// date, else from the date of the conduct. A record for an event already in the file is not added again.
    /// </summary>
    public CreditChange Import(CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by) =>
        Add(rule, occurredOn, publishedOn, note, source, at, by, CreditRecordStatus.Standing, null);

    /// <summary>The bureau proposes a record: the firm does not see it, nor does it count, until notified, decided and publicised.</summary>
    public CreditChange Propose(CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by) =>
        Add(rule, occurredOn, publishedOn, note, source, at, by, CreditRecordStatus.Proposed, DueProcess.None);

    /// <summary>
    /// A record raised by an event of this system (an upheld complaint, a second return): notified at once, with the
    /// statement period of <paramref name="process"/>. The same event answers the record it made the first time, unchanged.
    /// </summary>
    public CreditChange RecordEvent(CreditRule rule, DateOnly occurredOn, string? note, CreditSource source, CreditProcess process, DateTimeOffset at)
    {
        var today = BureauTime.DateOf(at);
        var added = Add(rule, occurredOn, null, note, source, at, "system", CreditRecordStatus.Notified,
            new DueProcess(today, process.StatementDeadline(today), null, null, null));
        if (added.Record is not { } record || !added.Changed)
        {
            return added;
        }

        var notified = added.File!.Notice(record, at, "system");
        return notified with { Events = added.Events.AddRange(notified.Events) };
    }

    /// <summary>The bureau tells the firm of a proposed record; the firm may state its case until the deadline (working days).</summary>
    public CreditChange Notify(int no, CreditProcess process, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (record.Status != CreditRecordStatus.Proposed)
        {
            return CreditChange.Refused($"第 {no} 号记录已告知（{Stage(record)}），不能再次告知。");
        }

        var today = BureauTime.DateOf(at);
        return Notice(record with
        {
            Status = CreditRecordStatus.Notified,
            Process = record.Process! with { NotifiedOn = today, StatementDeadline = process.StatementDeadline(today) },
        }, at, by);
    }

    /// <summary>The firm states its case (陈述申辩) once, within the deadline: text and files.</summary>
    public CreditChange State(int no, string? text, ImmutableArray<CreditAttachment> attachments, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (TextRefusal(text, "陈述申辩") is { } refusal)
        {
            return CreditChange.Refused(refusal);
        }

        var today = BureauTime.DateOf(at);
        if (record.Status != CreditRecordStatus.Notified)
        {
            return CreditChange.Refused(record.Status == CreditRecordStatus.Stated
                ? $"第 {no} 号记录已提交过陈述申辩，只能提交一次。"
                : $"第 {no} 号记录不在陈述申辩期（{Stage(record)}）。");
        }

        if (today > record.Process!.StatementDeadline)
        {
            return CreditChange.Refused($"陈述申辩期已于 {record.Process.StatementDeadline:yyyy-MM-dd} 届满。");
        }

        var statement = new CreditSubmission(text!.Trim(), attachments, at, by);
        return Replace(record.With(CreditRecordAction.Stated, at, by, statement.Text) with
        {
            Status = CreditRecordStatus.Stated,
            Process = record.Process with { Statement = statement },
        });
    }

    /// <summary>
    /// The bureau decides a notified record once the firm has stated its case or the period has passed: confirmed or
    /// amended (under <paramref name="amendedRule"/>, with <paramref name="amendedNote"/>), it is publicised from today
    /// and in force when the publicity ends; dropped, it never counts. A proposed record may be dropped without notice.
    /// </summary>
    public CreditChange Decide(
        int no, CreditDecision decision, CreditRule? amendedRule, string? amendedNote, string? reason, CreditProcess process, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CreditChange.Refused("请写明决定理由。");
        }

        var today = BureauTime.DateOf(at);
        var open = record.Status == CreditRecordStatus.Stated
            || (record.Status == CreditRecordStatus.Notified && today > record.Process!.StatementDeadline)
            || (record.Status == CreditRecordStatus.Proposed && decision == CreditDecision.Drop);
        if (!open)
        {
            return CreditChange.Refused(record.Status == CreditRecordStatus.Notified
                ? $"第 {no} 号记录的陈述申辩期至 {record.Process!.StatementDeadline:yyyy-MM-dd}，企业提交陈述申辩或期满后才能决定。"
                : $"第 {no} 号记录不在待决定状态（{Stage(record)}）。");
        }

        if (decision == CreditDecision.Amend && amendedRule is null)
        {
            return CreditChange.Refused("变更记录须指定改用的诚信规则。");
        }

        var why = reason.Trim();
        if (decision == CreditDecision.Drop)
        {
            return Replace(record.With(CreditRecordAction.Dropped, at, by, why) with
            {
                Status = CreditRecordStatus.Dropped, Process = record.Process! with { DecidedOn = today },
            });
        }

        var decided = decision == CreditDecision.Amend
            ? record.Under(amendedRule!) with { Note = string.IsNullOrWhiteSpace(amendedNote) ? record.Note : amendedNote.Trim() }
            : record;
        var inForce = process.InForceFrom(today);
        return Replace(decided.With(decision == CreditDecision.Amend ? CreditRecordAction.Amended : CreditRecordAction.Confirmed, at, by,
            $"{why}（公示至 {inForce.AddDays(-1):yyyy-MM-dd}，{inForce:yyyy-MM-dd} 起生效）") with
        {
            Status = CreditRecordStatus.Standing, Process = record.Process! with { DecidedOn = today, InForceFrom = inForce },
        });
    }

    /// <summary>The firm's consultant appeals a decided bad record within <see cref="CreditRecord.AppealDays"/> days of the decision.</summary>
    public CreditChange Appeal(int no, string? reason, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CreditChange.Refused("请写明申诉理由。");
        }

        if (record.AppealRefusal(BureauTime.DateOf(at)) is { } refusal)
        {
            return CreditChange.Refused(refusal);
        }

        return Replace(record.With(CreditRecordAction.Appealed, at, by, reason.Trim()) with { Status = CreditRecordStatus.UnderAppeal });
    }

    /// <summary>
    /// The bureau decides an appeal: upheld, the record stands (and cannot be appealed again); revoked,
    /// it stops counting from the day of the decision.
    /// </summary>
    public CreditChange DecideAppeal(int no, bool revoke, string? reason, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
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
            ? record.With(CreditRecordAction.Revoked, at, by, reason.Trim()) with { Status = CreditRecordStatus.Revoked, RevokedOn = BureauTime.DateOf(at) }
            : record.With(CreditRecordAction.Upheld, at, by, reason.Trim()) with { Status = CreditRecordStatus.Standing };
        return Replace(decided);
    }

    /// <summary>
    /// The firm applies for the repair (信用修复) of a bad record in force, with its evidence, once the rule's minimum
    /// period (<paramref name="repairAfterMonths"/> months in force) has passed; the record counts until granted.
    /// </summary>
    public CreditChange ApplyForRepair(int no, string? evidence, ImmutableArray<CreditAttachment> attachments, int? repairAfterMonths, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (TextRefusal(evidence, "信用修复申请") is { } textRefusal)
        {
            return CreditChange.Refused(textRefusal);
        }

        if (record.RepairRefusal(BureauTime.DateOf(at), repairAfterMonths) is { } refusal)
        {
            return CreditChange.Refused(refusal);
        }

        var application = new CreditSubmission(evidence!.Trim(), attachments, at, by);
        return Replace(record.With(CreditRecordAction.RepairApplied, at, by, application.Text) with
        {
            Status = CreditRecordStatus.RepairApplied, Repair = application,
        });
    }

    /// <summary>The bureau grants a repair (the record stops counting from today and leaves the public page) or refuses it, with reasons.</summary>
    public CreditChange DecideRepair(int no, bool grant, string? reason, DateTimeOffset at, string by)
    {
        if (Find(no) is not { } record)
        {
            return Missing(no);
        }

        if (record.Status != CreditRecordStatus.RepairApplied)
        {
            return CreditChange.Refused($"第 {no} 号记录没有待处理的信用修复申请。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CreditChange.Refused("请写明处理理由。");
        }

        return Replace(grant
            ? record.With(CreditRecordAction.Repaired, at, by, reason.Trim()) with { Status = CreditRecordStatus.Repaired, RepairedOn = BureauTime.DateOf(at) }
            : record.With(CreditRecordAction.RepairRefused, at, by, reason.Trim()) with { Status = CreditRecordStatus.Standing });
    }

    /// <summary>
    /// Notes in each record's history, once, that its publicity ended and it is in force, and that its period has
    /// ended, for what has happened by <paramref name="today"/>. Unchanged, with this same file, when nothing is new (idempotent).
    /// </summary>
    public CreditChange Advance(DateOnly today, DateTimeOffset at)
    {
        var events = ImmutableArray.CreateBuilder<RecordChanged>();
        var records = Records.Select(r =>
        {
            if (r.Process is { InForceFrom: { } inForce } && inForce <= today && r.CountsFrom is not null && !Noted(r, CreditRecordAction.InForce))
            {
                r = r.With(CreditRecordAction.InForce, at, "system", $"公示期满，{inForce:yyyy-MM-dd} 起生效。");
                events.Add(new RecordChanged(r, r.History[^1]));
            }

            if (r.CountsFrom is not null && r.IsExpiredOn(today) && r.Status is not (CreditRecordStatus.Revoked or CreditRecordStatus.Repaired)
                && !Noted(r, CreditRecordAction.Expired))
            {
                r = r.With(CreditRecordAction.Expired, at, "system", $"公布期限 {r.Months} 个月已满，{r.ExpiresOn:yyyy-MM-dd} 起不再计分。");
                events.Add(new RecordChanged(r, r.History[^1]));
            }

            return r;
        }).ToImmutableArray();
        return events.Count == 0 ? CreditChange.Unchanged(this, null) : new CreditChange(this with { Records = records }, null, null, events.ToImmutable());
    }

    /// <summary>Where a record is in its life, in Chinese, on <paramref name="today"/> (a page's status column).</summary>
    public static string Stage(CreditRecord record, DateOnly? today = null) => record.Status switch
    {
        CreditRecordStatus.Proposed => "拟记录，未告知",
        CreditRecordStatus.Notified => $"已告知，陈述申辩期至 {record.Process!.StatementDeadline:yyyy-MM-dd}",
        CreditRecordStatus.Stated => "已陈述申辩，待决定",
        CreditRecordStatus.Dropped => "决定不予记录",
        CreditRecordStatus.UnderAppeal => "申诉中",
        CreditRecordStatus.Revoked => "已撤销",
        CreditRecordStatus.RepairApplied => "信用修复申请办理中",
        CreditRecordStatus.Repaired => $"已信用修复（{record.RepairedOn:yyyy-MM-dd}）",
        _ when today is { } d && record.InPublicityOn(d) => $"公示中，{record.CountsFrom:yyyy-MM-dd} 起生效",
        _ when today is { } d && record.IsExpiredOn(d) => "已到期",
        _ => "生效",
    };

    private CreditChange Add(
        CreditRule rule, DateOnly occurredOn, DateOnly? publishedOn, string? note, CreditSource source, DateTimeOffset at, string by,
        CreditRecordStatus status, DueProcess? process)
    {
        if (source.EventId is { } eventId && FindEvent(eventId) is { } existing)
        {
            return CreditChange.Unchanged(this, existing);
        }

        if (occurredOn > BureauTime.DateOf(at))
        {
            return CreditChange.Refused($"发生日期 {occurredOn:yyyy-MM-dd} 晚于今天。");
        }

        if (publishedOn is { } published && published < occurredOn)
        {
            return CreditChange.Refused($"公布日期 {published:yyyy-MM-dd} 早于发生日期 {occurredOn:yyyy-MM-dd}。");
        }

        var record = CreditRecord.Create(Records.Length + 1, rule, occurredOn, publishedOn, note, source, at, by, status, process);
        return CreditChange.Done(this with { Records = Records.Add(record) }, record);
    }

    /// <summary>Puts <paramref name="notified"/> in the file with the notice in its history.</summary>
    private CreditChange Notice(CreditRecord notified, DateTimeOffset at, string by) =>
        Replace(notified.With(CreditRecordAction.Notified, at, by, $"已告知企业，可在 {notified.Process!.StatementDeadline:yyyy-MM-dd} 前（含当日）提出陈述申辩。"));

    private static bool Noted(CreditRecord record, CreditRecordAction action) => record.History.Any(h => h.Action == action);

    private static string? TextRefusal(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? $"请填写{what}的内容。"
        : text.Trim().Length > MaxTextLength ? $"{what}不超过 {MaxTextLength} 字。"
        : null;

    private static CreditChange Missing(int no) => CreditChange.Refused($"第 {no} 号记录不存在。");

    private CreditChange Replace(CreditRecord record) =>
        CreditChange.Done(this with { Records = Records.SetItem(Records.IndexOf(Find(record.No)!), record) }, record);
}
