using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>A rule of the catalogue as GET /api/public/credit-rules writes it (docs/http-api.md).</summary>
public sealed record CreditRuleJson(string RuleCode, string Description, string Kind, decimal Points, int Months, bool Public)
{
    public static CreditRuleJson From(CreditRule r) => new(r.Code, r.Description, StoreNames.Of(r.Kind), r.Points, r.Months, r.Public);
}

/// <summary>One history entry of a record.</summary>
public sealed record CreditHistoryJson(int Seq, string Action, DateTimeOffset At, string By, string? Note)
{
    public static CreditHistoryJson From(CreditHistoryEntry h) => new(h.Seq, StoreNames.Of(h.Action), h.At, h.By, h.Note);
}

/// <summary>
/// A credit record. <see cref="RecordId"/> numbers the firm's records 1, 2, …; <see cref="History"/> is
/// written only for the bureau and the firm itself (null on the public register).
/// </summary>
public sealed record CreditRecordJson(
    int RecordId, string RuleCode, string Description, string Kind, decimal Points, DateOnly OccurredOn, DateOnly? PublishedOn,
    DateOnly ExpiresOn, bool Public, string Status, string Source, string? Note, string? Evidence, string? EventId, string? LinkText,
    string? LinkUrl, DateTimeOffset RecordedAt, DateOnly? AppealDeadline, ImmutableArray<CreditHistoryJson>? History)
{
    public static CreditRecordJson ForPublic(CreditRecord r) => From(r) with { Evidence = null, History = null, AppealDeadline = null };

    public static CreditRecordJson From(CreditRecord r) => new(
        r.No, r.RuleCode, r.Description, StoreNames.Of(r.Kind), r.Points, r.OccurredOn, r.PublishedOn, r.ExpiresOn, r.Public,
        StoreNames.Of(r.Status), r.Source.IsAutomatic ? "automatic" : "bureau", r.Note, r.Source.Evidence, r.Source.EventId,
        r.Source.LinkText, r.Source.LinkUrl, r.RecordedAt, r.Kind == CreditKind.Bad ? r.AppealDeadline : null,
        [.. r.History.Select(CreditHistoryJson.From)]);
}

/// <summary>GET /api/public/firms/{creditCode}: the standing on <see cref="AsOf"/> and the public records counting on it.</summary>
public sealed record PublicFirmJson(string CreditCode, string Name, DateOnly AsOf, decimal Score, string Grade, ImmutableArray<CreditRecordJson> Records);

/// <summary>The whole file, for the bureau and the firm's consultants: every record with its history.</summary>
public sealed record CreditFileJson(string CreditCode, decimal? Score, string? Grade, DateOnly? ComputedOn, ImmutableArray<CreditRecordJson> Records);

/// <summary>The answer of a roster upload: firms taken (new and updated) and rows rejected with their row and column.</summary>
public sealed record RosterImportJson(int Accepted, int Created, int Updated, ImmutableArray<ProblemItem> Rejected);
