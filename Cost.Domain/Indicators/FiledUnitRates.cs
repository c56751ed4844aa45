using Cost.Domain.Bills;

namespace Cost.Domain.Indicators;

/// <summary>
/// What an uploaded bill's unit rates are compared with: the priced lines of the filed tenders, kept as a
/// histogram maintained at filing (<see cref="RateCell"/>) rather than read back from every filed bill.
/// A rate enters at the index base period's price level (rate × 100 ÷ the type's composite index at filing,
/// GB/T 51290-2018) and is read at today's (× today's index ÷ 100), so the histogram has no month in its
/// key and its size per item code stays bounded however many tenders are filed. A bucket spans 1 % of rate
/// (bucket b holds [1.01^b, 1.01^(b+1)) yuan), so a percentile read from it is within ±0.5 % of the exact one.
/// </summary>
public static class FiledUnitRates
{
    /// <summary>The index level of a type without a composite index: the base period's.</summary>
    public const double BaseIndex = 100;

    private static readonly double Step = Math.Log(1.01);

    /// <summary>The bucket of a positive unit rate in yuan.</summary>
    public static int Bucket(double unitRate) => (int)Math.Floor(Math.Log(unitRate) / Step);

    /// <summary>The rate a bucket stands for: the geometric middle of its span.</summary>
    public static double Representative(int bucket) => Math.Exp((bucket + 0.5) * Step);

    /// <summary>A filed bill's cells: its lines with a positive rate by <see cref="UnitRateCheck.Key"/> and bucket of the rate at base-period prices.</summary>
    /// <param name="boq">The filed bill.</param>
    /// <param name="projectType">The tender's project type.</param>
    /// <param name="indexAtFiling">The type's composite index at filing (<see cref="BaseIndex"/> when it has none).</param>
    public static IEnumerable<RateCell> Cells(Boq boq, string projectType, double indexAtFiling)
    {
        ArgumentNullException.ThrowIfNull(boq);
        return boq.UnitWorks.SelectMany(u => u.Lines).Where(l => l.UnitRate > 0)
            .GroupBy(l => (Key: UnitRateCheck.Key(l), Bucket: Bucket((double)l.UnitRate * BaseIndex / indexAtFiling)))
            .Select(g => new RateCell(g.Key.Key.Code, g.Key.Key.Unit, projectType, g.Key.Bucket, g.LongCount()));
    }

    /// <summary>Cells summed by item, unit, type and bucket; cells that sum to zero are left out.</summary>
    public static IEnumerable<RateCell> Sum(IEnumerable<RateCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.GroupBy(c => (c.Code, c.Unit, c.ProjectType, c.Bucket))
            .Select(g => g.First() with { Lines = g.Sum(c => c.Lines) })
            .Where(c => c.Lines != 0);
    }

    /// <summary>The distribution of each item code and unit at today's prices.</summary>
    /// <param name="cells">Stored cells (with a tender's own cells subtracted when it is the one being checked).</param>
    /// <param name="todayIndex">Today's composite index of a project type (<see cref="BaseIndex"/> when it has none).</param>
    public static IReadOnlyDictionary<(string Code, string Unit), RateDistribution> Distributions(IEnumerable<RateCell> cells, Func<string, double> todayIndex)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(todayIndex);
        return Sum(cells).GroupBy(c => (c.Code, c.Unit))
            .ToDictionary(g => g.Key, g => RateDistribution.Of(g.Select(c => (Representative(c.Bucket) * todayIndex(c.ProjectType) / BaseIndex, c.Lines))));
    }
}
