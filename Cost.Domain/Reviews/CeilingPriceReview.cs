using Cost.Domain.Pricing;

namespace Cost.Domain.Reviews;

/// <summary>
/// Compares a published ceiling price with the bureau's re-priced one (GB/T 50500-2013 §5.3.2–5.3.6:
/// a complaint is reviewed by re-pricing; a deviation beyond ±3 % obliges the tenderer to correct it).
/// </summary>
public static class CeilingPriceReview
{
    /// <summary>
    /// The deviation of each unit work (matched by name) and overall. The decision uses the overall
    /// deviation: strictly beyond <see cref="ReviewRules.Tolerance"/> upholds the complaint.
    /// </summary>
    public static ReviewFigures Compare(CeilingPrice published, CeilingPrice reviewed, ReviewRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(published.Total);
        var names = published.Units.Select(u => u.Name).Concat(reviewed.Units.Select(u => u.Name)).Distinct(StringComparer.Ordinal);
        var units = names.Select(name =>
        {
            var before = published.Units.Where(u => u.Name == name).Sum(u => u.Total);
            var after = reviewed.Units.Where(u => u.Name == name).Sum(u => u.Total);
            return new UnitDeviation(name, before, after, before == 0 ? null : DeviationOf(before, after));
        });

        var deviation = DeviationOf(published.Total, reviewed.Total);
        var decision = Math.Abs(deviation) > rules.Tolerance ? ReviewDecision.Upheld : ReviewDecision.Dismissed;
        return new ReviewFigures(published.Total, reviewed.Total, deviation, [.. units], decision, Math.Abs(deviation) <= rules.GoodTolerance);
    }

    /// <summary>(reviewed − published) / published, as an exact fraction.</summary>
    public static decimal DeviationOf(decimal published, decimal reviewed) => (reviewed - published) / published;
}
