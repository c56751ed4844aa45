namespace Cost.Domain.Credit;

/// <summary>One change of a record: what, when, by whom (a user name, "system" for jobs and events) and why.</summary>
public sealed record CreditHistoryEntry(int Seq, CreditRecordAction Action, DateTimeOffset At, string By, string? Note);
