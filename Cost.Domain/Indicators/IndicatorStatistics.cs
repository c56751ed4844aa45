namespace Cost.Domain.Indicators;

/// <summary>
/// The distribution of one indicator over the projects of a cell: count, mean, median, quartiles
/// (P25/P75 by linear interpolation between order statistics, as Excel's PERCENTILE.INC), min and max.
/// </summary>
public sealed record IndicatorStatistics(int Count, double Mean, double Median, double P25, double P75, double Min, double Max)
{
    public static IndicatorStatistics Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("至少需要一个数值。", nameof(values));
        }

        return OfSorted(values.Order().ToArray());
    }

    /// <summary>The statistics of values already in ascending order (at least one).</summary>
    public static IndicatorStatistics OfSorted(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("至少需要一个数值。", nameof(sorted));
        }

        return new IndicatorStatistics(sorted.Count, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 25), Percentile(sorted, 75), sorted[0], sorted[^1]);
    }

    /// <summary>The p-th percentile (0–100) of sorted values, interpolated linearly.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
