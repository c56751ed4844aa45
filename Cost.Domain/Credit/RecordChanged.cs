namespace Cost.Domain.Credit;

/// <summary>
/// A record of a credit file gained <paramref name="Entry"/> in its history: it was recorded, appealed,
/// upheld, revoked or noted as expired. <paramref name="Record"/> is the record as that change left it.
/// </summary>
public sealed record RecordChanged(CreditRecord Record, CreditHistoryEntry Entry);
