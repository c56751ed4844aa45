namespace Cost.Domain.Credit;

/// <summary>
/// Where a record stands in its life (国办发〔2020〕49号: notice, statement and publicity before it takes effect).
/// <see cref="Proposed"/> by the bureau, not yet shown to the firm; <see cref="Notified"/>: the firm is told and may
/// state its case until the deadline; <see cref="Stated"/>: it has; <see cref="Dropped"/> by the bureau's decision;
/// <see cref="Standing"/>: decided, publicised from the decision and in force from the end of the publicity
/// (<see cref="DueProcess.InForceFrom"/>) until it expires; <see cref="UnderAppeal"/> (it keeps counting meanwhile);
/// <see cref="Revoked"/> on appeal; <see cref="RepairApplied"/> (still counting) and <see cref="Repaired"/>
/// (信用修复: stops counting from the day granted).
/// </summary>
public enum CreditRecordStatus
{
    Standing,
    UnderAppeal,
    Revoked,
    Proposed,
    Notified,
    Stated,
    Dropped,
    RepairApplied,
    Repaired,
}
