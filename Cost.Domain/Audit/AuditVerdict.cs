namespace Cost.Domain.Audit;

/// <summary>
/// What walking a chain found: how many entries held before the first break (all of them when
/// <see cref="Ok"/>), the head walked to, and the first broken entry, if any.
/// </summary>
public sealed record AuditVerdict(long Entries, AuditHead Head, AuditBreak? FirstBroken)
{
    public bool Ok => FirstBroken is null;
}
