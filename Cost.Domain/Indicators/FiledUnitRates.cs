using System.Collections.Immutable;

namespace Cost.Domain.Indicators;

/// <summary>What an uploaded bill's unit rates are compared with: the priced lines of the other filed tenders, at today's prices.</summary>
public static class FiledUnitRates
{
    /// <param name="projects">The filed projects.</param>
    /// <param name="exceptTender">The tender being checked, whose own filed lines are left out; null leaves none out.</param>
    /// <param name="priceLevel">Each project's factor to today's prices (see <see cref="PriceLevel"/>).</param>
    /// <returns>Unit rates in yuan at today's prices by <see cref="UnitRateCheck.Key"/>; lines without a positive rate are left out.</returns>
    public static IReadOnlyDictionary<(string Code, string Unit), ImmutableArray<double>> Of(
        IEnumerable<IndicatorProject> projects, string? exceptTender, Func<IndicatorProject, double> priceLevel)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(priceLevel);
        return projects
            .Where(p => p.TenderCode != exceptTender)
            .SelectMany(p => p.Boq.UnitWorks.SelectMany(u => u.Lines).Where(l => l.UnitRate > 0)
                .Select(l => (Key: UnitRateCheck.Key(l), Rate: (double)l.UnitRate * priceLevel(p))))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Rate).ToImmutableArray());
    }
}
