using System.Globalization;

namespace Cost.Domain.Prices;

/// <summary>
/// The median of a series' valid prices, how far from it a quote may lie under the MAD rule, and the words the
/// review page uses to say which rule decided a quote (docs/prices.md "Outliers").
/// </summary>
internal readonly record struct RobustSpread(decimal Median, decimal Limit, string Rule, int Count, InfoPriceMethod Method)
{
    public static RobustSpread Of(decimal[] prices, InfoPriceMethod method)
    {
        Array.Sort(prices);
        var median = MedianOfSorted(prices);
        var deviations = new decimal[prices.Length];
        decimal totalDeviation = 0m;
        for (var i = 0; i < prices.Length; i++)
        {
            deviations[i] = Math.Abs(prices[i] - median);
            totalDeviation += deviations[i];
        }

        Array.Sort(deviations);
        var mad = MedianOfSorted(deviations);
        var k = Plain(method.MadMultiplier);
        if (mad > 0m)
        {
            var limit = method.MadMultiplier * method.MadScale * mad;
            return new RobustSpread(median, limit, $"{k}×{Plain(method.MadScale)}×MAD = {Yuan(limit)} 元（MAD = {Yuan(mad)}）",
                prices.Length, method);
        }

        // More than half of the quotes equal the median, so the MAD says nothing about the rest.
        // A statistician then scales the mean absolute deviation instead (Iglewicz & Hoaglin's
        // modified z-score, 1.2533 = √(π/2)); when every quote is equal nothing is dropped.
        var meanDeviation = totalDeviation / prices.Length;
        var fallback = method.MadMultiplier * method.MeanDeviationScale * meanDeviation;
        return new RobustSpread(median, fallback,
            $"{k}×{Plain(method.MeanDeviationScale)}×平均绝对偏差 = {Yuan(fallback)} 元（MAD = 0）", prices.Length, method);
    }

    /// <summary>
    /// Why a quote at <paramref name="price"/> stays or goes: inside the keep band it stays; with fewer valid
    /// quotes than the MAD rule needs it stays; otherwise the MAD rule decides. Null reason = kept.
    /// </summary>
    public (bool Kept, string Reason) Decide(decimal price)
    {
        var distance = Math.Abs(price - Median);
        var percent = Median == 0m ? 0m : Math.Round(distance / Median * 100m, 1, MidpointRounding.AwayFromZero);
        var off = $"偏离中位数 {Yuan(Median)} 元达 {Yuan(distance)} 元（{Plain(percent)}%）";
        if (distance * 100m <= Median * Method.KeepBandPercent)
        {
            return (true, $"{off}，在 ±{Plain(Method.KeepBandPercent)}% 保留带以内，保留");
        }

        if (Count < Method.MinObservationsForMad)
        {
            return (true, $"{off}，有效报价仅 {Count} 条，少于 {Method.MinObservationsForMad} 条不用 MAD 规则，保留");
        }

        return Limit > 0m && distance > Limit
            ? (false, $"{off}，超过 {Rule}")
            : (true, $"{off}，未超过 {Rule}，保留");
    }

    private static string Yuan(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static decimal MedianOfSorted(decimal[] sorted)
    {
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
