namespace Cost.Domain.Credit;

/// <summary>
/// Where a record stands: in force; appealed and waiting for the bureau (it keeps counting meanwhile);
/// or revoked on appeal (it stops counting from the day of the decision).
/// </summary>
public enum CreditRecordStatus
{
    Standing,
    UnderAppeal,
    Revoked,
}
