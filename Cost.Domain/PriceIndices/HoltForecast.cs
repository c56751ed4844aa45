using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// Holt's linear-trend exponential smoothing (Holt 1957; Hyndman &amp; Athanasopoulos, "Forecasting:
/// Principles and Practice", §8.2): level ℓ_t = α y_t + (1−α)(ℓ_t−1 + b_t−1), trend
/// b_t = β(ℓ_t − ℓ_t−1) + (1−β) b_t−1, forecast ŷ_t+h = ℓ_t + h b_t. α and β are chosen on a grid of
/// 0.05 steps by the least sum of squared one-step errors; the h-step 95 % interval is
/// ±1.96 σ √(1 + Σ_{j=1}^{h−1} α²(1 + jβ)²), σ the root mean square of the one-step errors.
/// </summary>
public static class HoltForecast
{
    /// <summary>Fewest observations a forecast is made from.</summary>
    public const int MinimumLength = 4;

    /// <summary>Forecasts <paramref name="horizon"/> steps after the last value; null when the series is shorter than <see cref="MinimumLength"/>.</summary>
    public static ForecastResult? Forecast(IReadOnlyList<double> series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < MinimumLength)
        {
            return null;
        }

        var best = (Alpha: 0.5, Beta: 0.1, Sse: double.MaxValue);
        for (var a = 1; a <= 19; a++)
        {
            for (var b = 1; b <= 19; b++)
            {
                var sse = Fit(series, a * 0.05, b * 0.05).Sse;
                if (sse < best.Sse)
                {
                    best = (a * 0.05, b * 0.05, sse);
                }
            }
        }

        var (level, trend, _) = Fit(series, best.Alpha, best.Beta);
        var sigma = Math.Sqrt(best.Sse / (series.Count - 1));
        var points = ImmutableArray.CreateBuilder<ForecastPoint>(horizon);
        var variance = 1.0;
        for (var h = 1; h <= horizon; h++)
        {
            if (h > 1)
            {
                variance += best.Alpha * best.Alpha * Math.Pow(1 + (h - 1) * best.Beta, 2);
            }

            var mean = level + h * trend;
            var half = 1.96 * sigma * Math.Sqrt(variance);
            points.Add(new ForecastPoint(h, mean, mean - half, mean + half));
        }

        return new ForecastResult(best.Alpha, best.Beta, points.ToImmutable());
    }

    /// <summary>
    /// Back-test over the last <paramref name="count"/> months: each month forecast one step ahead from
    /// the months before it only, against the naive forecast (last month's value). MAPE in percent.
    /// </summary>
    public static BacktestResult? Backtest(IReadOnlyList<double> series, int count)
    {
        ArgumentNullException.ThrowIfNull(series);
        var start = Math.Max(MinimumLength, series.Count - count);
        if (start >= series.Count)
        {
            return null;
        }

        double holt = 0, naive = 0;
        for (var t = start; t < series.Count; t++)
        {
            var history = series.Take(t).ToList();
            var forecast = Forecast(history, 1)!.Points[0].Mean;
            holt += Math.Abs((series[t] - forecast) / series[t]);
            naive += Math.Abs((series[t] - history[^1]) / series[t]);
        }

        var n = series.Count - start;
        return new BacktestResult(n, 100 * holt / n, 100 * naive / n);
    }

    private static (double Level, double Trend, double Sse) Fit(IReadOnlyList<double> y, double alpha, double beta)
    {
        double level = y[0], trend = y[1] - y[0], sse = 0;
        for (var t = 1; t < y.Count; t++)
        {
            var error = y[t] - (level + trend);
            sse += error * error;
            var previous = level;
            level = alpha * y[t] + (1 - alpha) * (level + trend);
            trend = beta * (level - previous) + (1 - beta) * trend;
        }

        return (level, trend, sse);
    }
}
