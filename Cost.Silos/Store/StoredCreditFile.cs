using Cost.Domain.Credit;

namespace Cost.Silos.Store;

/// <summary>What <see cref="CreditStore.LoadAsync"/> read: the file, the standing last stored and the row version to write against.</summary>
public sealed record StoredCreditFile(CreditFile File, CreditStanding? Standing, long RowVersion);
