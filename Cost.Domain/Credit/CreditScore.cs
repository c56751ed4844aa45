using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// score = base + Σ points of good records counting on the date − Σ points of bad records counting
/// on it (docs/domain-rules.md "Credit"). A pure function of the records and the date: the grade on any past
/// date has one answer.
/// </summary>
public static class CreditScore
{
    public static decimal On(IEnumerable<CreditRecord> records, DateOnly date, decimal baseScore) =>
        baseScore + records.Where(r => r.CountsOn(date)).Sum(r => r.SignedPoints);

    public static CreditStanding StandingOn(IEnumerable<CreditRecord> records, DateOnly date, GradeScale scale)
    {
        var score = On(records, date, scale.BaseScore);
        return new CreditStanding(date, score, scale.GradeOf(score));
    }

    /// <summary>
    /// The score as a step function over [<paramref name="from"/>, <paramref name="to"/>]: the standing on
    /// <paramref name="from"/> and on every later day the score can change (a record comes in force, expires, is
    /// revoked or repaired), ending with <paramref name="to"/>.
    /// </summary>
    public static ImmutableArray<CreditStanding> History(IReadOnlyCollection<CreditRecord> records, DateOnly from, DateOnly to, GradeScale scale)
    {
        var days = records
            .SelectMany(r => new[] { r.CountsFrom, r.ExpiresOn, r.RevokedOn, r.RepairedOn })
            .OfType<DateOnly>()
            .Where(d => d > from && d < to)
            .Append(from)
            .Append(to)
            .Distinct()
            .Order();
        return [.. days.Select(d => StandingOn(records, d, scale))];
    }
}
