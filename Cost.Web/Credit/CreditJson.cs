using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>A rule of the catalogue as GET /api/public/credit-rules writes it (docs/http-api.md); repairAfterMonths absent when a record under it cannot be repaired.</summary>
public sealed record CreditRuleJson(string RuleCode, string Description, string Kind, decimal Points, int Months, bool Public, int? RepairAfterMonths)
{
    public static CreditRuleJson From(CreditRule r) => new(r.Code, r.Description, StoreNames.Of(r.Kind), r.Points, r.Months, r.Public, r.RepairAfterMonths);
}

/// <summary>One history entry of a record.</summary>
public sealed record CreditHistoryJson(int Seq, string Action, DateTimeOffset At, string By, string? Note)
{
    public static CreditHistoryJson From(CreditHistoryEntry h) => new(h.Seq, StoreNames.Of(h.Action), h.At, h.By, h.Note);
}

/// <summary>What a firm handed in (a statement, a repair application): text, files (downloaded at <c>url</c>), when and by whom.</summary>
public sealed record CreditSubmissionJson(string Text, ImmutableArray<CreditAttachmentJson> Attachments, DateTimeOffset At, string By)
{
    /// <param name="fileBase">The file's API address (/api/firms/{creditCode}, /api/engineers/{registrationNumber}) under which its attachments are.</param>
    /// <param name="s">What was handed in.</param>
    public static CreditSubmissionJson? From(string fileBase, CreditSubmission? s) => s is null ? null
        : new(s.Text, [.. s.Attachments.Select(a => new CreditAttachmentJson(a.FileName, a.Length, a.Sha256, $"{fileBase}/attachments/{a.Sha256}"))], s.At, s.By);
}

/// <summary>A file handed in: name, size in bytes, SHA-256 and where the bureau and the firm download it.</summary>
public sealed record CreditAttachmentJson(string FileName, long Length, string Sha256, string Url);

/// <summary>
/// A credit record. <see cref="RecordId"/> numbers the firm's records 1, 2, …; <see cref="Stage"/> says in Chinese where it
/// is in its life (<see cref="Status"/> is the machine's word for it); <see cref="CountsFrom"/> is the day it is in force
/// (null while undecided or dropped). The statement, the repair application and <see cref="History"/> are written only
/// for the bureau and the firm itself (null on the public register).
/// </summary>
public sealed record CreditRecordJson(
    int RecordId, string RuleCode, string Description, string Kind, decimal Points, DateOnly OccurredOn, DateOnly? PublishedOn,
    DateOnly? CountsFrom, DateOnly ExpiresOn, bool Public, string Status, string Stage, string Source, string? Note, string? Evidence, string? EventId,
    string? LinkText, string? LinkUrl, DateTimeOffset RecordedAt, DateOnly? NotifiedOn, DateOnly? StatementDeadline, CreditSubmissionJson? Statement,
    DateOnly? DecidedOn, DateOnly? AppealDeadline, CreditSubmissionJson? Repair, DateOnly? RepairedOn, ImmutableArray<CreditHistoryJson>? History)
{
    public static CreditRecordJson ForPublic(CreditRecord r, DateOnly asOf) =>
        From(string.Empty, r, asOf) with { Evidence = null, History = null, AppealDeadline = null, Statement = null, Repair = null };

    /// <summary>The record as the bureau and its holder see it; <paramref name="fileBase"/> is the file's API address, for its attachments.</summary>
    public static CreditRecordJson From(string fileBase, CreditRecord r, DateOnly today) => new(
        r.No, r.RuleCode, r.Description, StoreNames.Of(r.Kind), r.Points, r.OccurredOn, r.PublishedOn, r.CountsFrom, r.ExpiresOn, r.Public,
        StoreNames.Of(r.Status), CreditFile.Stage(r, today), r.Source.IsAutomatic ? "automatic" : "bureau", r.Note, r.Source.Evidence, r.Source.EventId,
        r.Source.LinkText, r.Source.LinkUrl, r.RecordedAt, r.Process?.NotifiedOn, r.Process?.StatementDeadline,
        CreditSubmissionJson.From(fileBase, r.Process?.Statement), r.Process?.DecidedOn,
        r.Kind == CreditKind.Bad && r.CountsFrom is not null ? r.AppealDeadline : null, CreditSubmissionJson.From(fileBase, r.Repair), r.RepairedOn,
        [.. r.History.Select(CreditHistoryJson.From)]);
}

/// <summary>
/// GET /api/public/firms/{creditCode}: the standing on <see cref="AsOf"/>, the public records counting or in publicity then,
/// and the days a repair (信用修复) moved the grade.
/// </summary>
public sealed record PublicFirmJson(
    string CreditCode, string Name, DateOnly AsOf, decimal Score, string Grade, ImmutableArray<CreditRecordJson> Records, ImmutableArray<RepairGradeChange> Repairs);

/// <summary>The whole file, for the bureau and the firm's consultants: every record with its history.</summary>
public sealed record CreditFileJson(string CreditCode, decimal? Score, string? Grade, DateOnly? ComputedOn, ImmutableArray<CreditRecordJson> Records);

/// <summary>The answer of a roster upload: firms taken (new and updated) and rows rejected with their row and column.</summary>
public sealed record RosterImportJson(int Accepted, int Created, int Updated, ImmutableArray<ProblemItem> Rejected);

/// <summary>Where a credit file is on the API: its attachments are under it.</summary>
public static class CreditFileBase
{
    public static string Firm(string creditCode) => $"/api/firms/{creditCode}";

    public static string Engineer(string registrationNumber) => $"/api/engineers/{Uri.EscapeDataString(registrationNumber)}";
}
