using Cost.Domain.Credit;

namespace Cost.Silos.ReadModels;

/// <summary>What <see cref="CreditQueries.FileAsync"/> read: the file, the standing last stored and the row version to write against.</summary>
public sealed record StoredCreditFile(CreditFile File, CreditStanding? Standing, long RowVersion);
