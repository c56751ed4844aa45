using Cost.Domain.Credit;

namespace Cost.Silos.ReadModels;

/// <summary>A credit record with the firm it belongs to, for the bureau's lists (appeals, expiring records).</summary>
public sealed record FirmRecord(string CreditCode, string FirmName, CreditRecord Record);
