using System.Collections.Immutable;
using Cost.Domain.PriceIndices;

namespace Cost.Domain.Indicators;

/// <summary>
/// "Today's prices" of a filed project: the latest published composite index of its type ÷ the one of
/// its filing month (the last value at or before it). A type without a composite index, or with no value
/// by its filing month, stays as filed (level 1).
/// </summary>
public static class PriceLevel
{
    /// <param name="composites">Published composite indices by project type, oldest month first.</param>
    /// <returns>The factor that brings a project's money measures from its filing month to the latest month.</returns>
    public static Func<IndicatorProject, double> Of(IReadOnlyDictionary<string, ImmutableArray<PriceIndex>> composites)
    {
        ArgumentNullException.ThrowIfNull(composites);
        return project =>
        {
            if (!composites.TryGetValue(project.ProjectType, out var values) || values.IsEmpty)
            {
                return 1;
            }

            var then = values.LastOrDefault(v => v.Period <= project.FiledMonth);
            return then is null ? 1 : values[^1].FixedBase / then.FixedBase;
        };
    }
}
