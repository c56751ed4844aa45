namespace Cost.Web.Charts;

/// <summary>
/// Tick values a person reads at a glance: a step of 1, 2, 2.5 or 5 × 10ⁿ, from a multiple of the step at or below the
/// lowest value to one at or above the highest, 4 to 8 ticks (96, 98, 100, 102 — never 96.75, 100.5).
/// </summary>
public static class ChartTicks
{
    private static readonly double[] Steps = [1, 2, 2.5, 5, 10];

    public static IReadOnlyList<double> Nice(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), "刻度范围须为有限数。");
        }

        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high - low < 1e-9 * Math.Max(1, Math.Abs(high)))
        {
            // One value: a step that puts it in the middle of a few ticks.
            var pad = Math.Abs(high) > 0 ? Math.Abs(high) * 0.05 : 1;
            (low, high) = (low - pad, high + pad);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10((high - low) / 5)));
        foreach (var step in Steps.Select(s => s * magnitude))
        {
            var first = Math.Floor((low / step) + 1e-9) * step;
            var last = Math.Ceiling((high / step) - 1e-9) * step;
            var count = (int)Math.Round((last - first) / step) + 1;
            if (count <= 8)
            {
                return [.. Enumerable.Range(0, Math.Max(count, 2)).Select(i => Math.Round(first + (i * step), 10))];
            }
        }

        throw new InvalidOperationException("不会到达：10 × 10ⁿ 的步长至多给出 6 个刻度。");
    }
}
