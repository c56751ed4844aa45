using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// Either the changed file, the record concerned (null when the change concerns several, as expiry does)
/// and what happened to its records (<see cref="Events"/>), or the reason, in Chinese, why nothing changed.
/// <see cref="Changed"/> is false when the change was already made (an event recorded twice, nothing newly expired).
/// </summary>
public sealed record CreditChange(CreditFile? File, CreditRecord? Record, string? Refusal, ImmutableArray<RecordChanged> Events)
{
    public bool Changed => !Events.IsEmpty;

    /// <summary><paramref name="record"/> gained the last entry of its history.</summary>
    public static CreditChange Done(CreditFile file, CreditRecord record) => new(file, record, null, [new RecordChanged(record, record.History[^1])]);

    public static CreditChange Unchanged(CreditFile file, CreditRecord? record) => new(file, record, null, []);

    public static CreditChange Refused(string reason) => new(null, null, reason, []);
}
