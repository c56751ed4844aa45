using System.Collections.Immutable;
using System.Security.Cryptography;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// What the firms' and the engineers' credit grains share: each command as the domain change it makes, the periods on
/// today's calendar, the files received.
/// </summary>
internal static class CreditCommands
{
    /// <summary>A change of a credit file, given the rule a command names (if any), the periods and the time.</summary>
    public delegate CreditChange Change(CreditFile file, CreditRule? rule, CreditProcess process, DateTimeOffset at);

    public static Change Event(CreditEvent e) => (file, rule, process, at) =>
        file.RecordEvent(rule!, e.OccurredOn, e.Note, CreditSource.Event(e.EventId, e.LinkText, e.LinkUrl), process, at);

    public static Change Notify(int recordNo, string by) => (file, _, process, at) => file.Notify(recordNo, process, at, by);

    public static Change State(int recordNo, string text, ImmutableArray<CreditAttachment> attachments, string by) =>
        (file, _, _, at) => file.State(recordNo, text, attachments, at, by);

    /// <summary>The decision; the rule it names (<see cref="DecisionRule"/>) only when it amends.</summary>
    public static Change Decide(CreditDecisionCommand c) => (file, rule, process, at) =>
        file.Decide(c.RecordNo, c.Decision, rule, c.Note, c.Reason, process, at, c.By);

    public static string? DecisionRule(CreditDecisionCommand c) => c.Decision == CreditDecision.Amend ? c.RuleCode : null;

    public static Change Advance() => (file, _, _, at) => file.Advance(Domain.BureauTime.DateOf(at), at);

    /// <summary>The periods of a record's life on the working-day calendar as stored now (the bureau may have just edited it).</summary>
    public static async Task<CreditProcess> ProcessAsync(CreditProcessOptions periods, CalendarStore calendar) =>
        new(periods.NoticeWorkingDays, periods.PublicityDays, await calendar.ReadAsync().ConfigureAwait(false));

    /// <summary>The files as the record names them, and their bytes to store beside it.</summary>
    public static (ImmutableArray<CreditAttachment> Attachments, ImmutableArray<AttachmentContent> Contents) Received(IReadOnlyList<CreditUpload> files)
    {
        var hashed = files.Select(f => (File: f, Sha: Convert.ToHexStringLower(SHA256.HashData(f.Content)))).ToList();
        return ([.. hashed.Select(h => new CreditAttachment(h.File.FileName, h.File.Content.LongLength, h.Sha))],
            [.. hashed.DistinctBy(h => h.Sha).Select(h => new AttachmentContent(h.Sha, h.File.ContentType, h.File.Content))]);
    }
}
