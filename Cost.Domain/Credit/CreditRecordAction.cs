namespace Cost.Domain.Credit;

/// <summary>What happened to a record: each becomes a history entry that is never changed.</summary>
public enum CreditRecordAction
{
    Recorded,
    Appealed,
    Upheld,
    Revoked,
    Expired,
    Notified,
    Stated,
    Confirmed,
    Amended,
    Dropped,
    InForce,
    RepairApplied,
    Repaired,
    RepairRefused,
}
