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
    /// <returns>The factor that brings the money measures of a project type filed in a month to the latest month.</returns>
    public static Func<string, YearMonth, double> Of(IReadOnlyDictionary<string, ImmutableArray<PriceIndex>> composites)
    {
        ArgumentNullException.ThrowIfNull(composites);
        return (projectType, filedMonth) =>
        {
            if (!composites.TryGetValue(projectType, out var values) || values.IsEmpty)
            {
                return 1;
            }

            var then = values.LastOrDefault(v => v.Period <= filedMonth);
            return then is null ? 1 : values[^1].FixedBase / then.FixedBase;
        };
    }

    /// <summary>
    /// A type's composite index in a month (the last value at or before it; the latest when no month is given),
    /// or <see cref="FiledUnitRates.BaseIndex"/> for a type without one by then: the level at which filed unit rates
    /// enter and leave the histogram.
    /// </summary>
    public static Func<string, double> Index(IReadOnlyDictionary<string, ImmutableArray<PriceIndex>> composites, YearMonth? month = null)
    {
        ArgumentNullException.ThrowIfNull(composites);
        return projectType => composites.TryGetValue(projectType, out var values) && values.LastOrDefault(v => month is null || v.Period <= month) is { } value
            ? value.FixedBase
            : FiledUnitRates.BaseIndex;
    }
}
