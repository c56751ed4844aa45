namespace Cost.Domain.Credit;

/// <summary>
/// Either the changed file and the record concerned, or the reason, in Chinese, why nothing changed.
/// <see cref="Changed"/> is false when the change was already made (an event recorded twice).
/// </summary>
public sealed record CreditChange(CreditFile? File, CreditRecord? Record, string? Refusal, bool Changed = true)
{
    public static CreditChange Done(CreditFile file, CreditRecord record) => new(file, record, null);

    public static CreditChange Unchanged(CreditFile file, CreditRecord record) => new(file, record, null, Changed: false);

    public static CreditChange Refused(string reason) => new(null, null, reason, Changed: false);
}
