using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>What a firm hands in about a record (its statement, or its evidence for a repair): text and files, when and by whom.</summary>
public sealed record CreditSubmission(string Text, ImmutableArray<CreditAttachment> Attachments, DateTimeOffset At, string By);
