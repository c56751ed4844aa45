using System.Collections.Immutable;

namespace Cost.Domain.Indicators;

/// <summary>
/// Filed unit rates of one item code and unit as a weighted, sorted list of values: exact rates with a
/// count of 1 each, or the representative rates of a histogram's buckets with their line counts.
/// Percentiles interpolate between order statistics of the expanded list, as <see cref="IndicatorStatistics.Percentile"/>.
/// </summary>
public sealed class RateDistribution
{
    private readonly ImmutableArray<(double Value, long Count)> _sorted;

    private RateDistribution(ImmutableArray<(double Value, long Count)> sorted) =>
        (_sorted, Count) = (sorted, sorted.Sum(v => v.Count));

    /// <summary>How many lines the distribution rests on.</summary>
    public long Count { get; }

    /// <summary>A distribution of weighted values; values with a count below 1 are left out.</summary>
    public static RateDistribution Of(IEnumerable<(double Value, long Count)> weighted)
    {
        ArgumentNullException.ThrowIfNull(weighted);
        return new([.. weighted.Where(w => w.Count > 0).OrderBy(w => w.Value)]);
    }

    /// <summary>A distribution of exact values, each counted once.</summary>
    public static RateDistribution Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Of(values.Select(v => (v, 1L)));
    }

    /// <summary>The p-th percentile (0–100); the distribution must not be empty.</summary>
    public double Percentile(double p)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("空分布没有分位数。");
        }

        var rank = p / 100 * (Count - 1);
        var low = (long)Math.Floor(rank);
        var lowValue = At(low);
        return lowValue + (rank - low) * (At(Math.Min(low + 1, Count - 1)) - lowValue);
    }

    private double At(long index)
    {
        foreach (var (value, count) in _sorted)
        {
            if (index < count)
            {
                return value;
            }

            index -= count;
        }

        return _sorted[^1].Value;
    }
}
