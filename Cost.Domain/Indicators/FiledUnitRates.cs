using Cost.Domain.Bills;

namespace Cost.Domain.Indicators;

/// <summary>
/// What an uploaded bill's unit rates are compared with: the priced lines of the filed tenders, kept as a
/// histogram maintained at filing (<see cref="RateCell"/>) rather than read back from every filed bill. A bucket
/// spans 1 % of rate (bucket b holds rates in [1.01^b, 1.01^(b+1)) yuan), so a percentile read from it is
/// within ±0.5 % of the exact one, whatever the number of tenders filed.
/// </summary>
public static class FiledUnitRates
{
    private static readonly double Step = Math.Log(1.01);

    /// <summary>The bucket of a positive unit rate in yuan.</summary>
    public static int Bucket(decimal unitRate) => (int)Math.Floor(Math.Log((double)unitRate) / Step);

    /// <summary>The rate a bucket stands for: the geometric middle of its span.</summary>
    public static double Representative(int bucket) => Math.Exp((bucket + 0.5) * Step);

    /// <summary>A filed bill's cells: its lines with a positive rate by <see cref="UnitRateCheck.Key"/> and bucket.</summary>
    public static IEnumerable<RateCell> Cells(Boq boq, string projectType, YearMonth filedMonth)
    {
        ArgumentNullException.ThrowIfNull(boq);
        return boq.UnitWorks.SelectMany(u => u.Lines).Where(l => l.UnitRate > 0)
            .GroupBy(l => (Key: UnitRateCheck.Key(l), Bucket: Bucket(l.UnitRate)))
            .Select(g => new RateCell(g.Key.Key.Code, g.Key.Key.Unit, projectType, filedMonth, g.Key.Bucket, g.LongCount()));
    }

    /// <summary>Cells summed by item, unit, type, month and bucket; cells that sum to zero are left out.</summary>
    public static IEnumerable<RateCell> Sum(IEnumerable<RateCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.GroupBy(c => (c.Code, c.Unit, c.ProjectType, c.FiledMonth, c.Bucket))
            .Select(g => g.First() with { Lines = g.Sum(c => c.Lines) })
            .Where(c => c.Lines != 0);
    }

    /// <summary>The distribution of each item code and unit at today's prices.</summary>
    /// <param name="cells">Stored cells (with a tender's own cells subtracted when it is the one being checked).</param>
    /// <param name="priceLevel">Today's price level of a project type filed in a month (see <see cref="PriceLevel"/>).</param>
    public static IReadOnlyDictionary<(string Code, string Unit), RateDistribution> Distributions(IEnumerable<RateCell> cells, Func<string, YearMonth, double> priceLevel)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(priceLevel);
        return Sum(cells).GroupBy(c => (c.Code, c.Unit))
            .ToDictionary(g => g.Key, g => RateDistribution.Of(g.Select(c => (Representative(c.Bucket) * priceLevel(c.ProjectType, c.FiledMonth), c.Lines))));
    }
}
