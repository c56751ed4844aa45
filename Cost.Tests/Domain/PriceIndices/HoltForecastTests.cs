using Cost.Domain.PriceIndices;

namespace Cost.Tests.Domain.PriceIndices;

public class HoltForecastTests
{
    [Fact]
    public void A_straight_line_is_forecast_on_the_line_with_a_zero_width_interval()
    {
        var series = Enumerable.Range(0, 24).Select(t => 100 + 0.5 * t).ToList();

        var forecast = HoltForecast.Forecast(series, 3)!;

        Assert.Equal([112.0, 112.5, 113.0], forecast.Points.Select(p => Math.Round(p.Mean, 9)));
        Assert.All(forecast.Points, p => Assert.Equal(p.Mean, p.High, 9));
    }

    [Fact]
    public void The_interval_widens_with_the_horizon_and_the_backtest_compares_with_naive()
    {
        var series = Enumerable.Range(0, 24).Select(t => 100 + t + 2 * Math.Sin(t)).ToList();

        var forecast = HoltForecast.Forecast(series, 3)!;
        var backtest = HoltForecast.Backtest(series, 12)!;

        Assert.True(forecast.Points[2].High - forecast.Points[2].Low > forecast.Points[0].High - forecast.Points[0].Low);
        Assert.Equal(12, backtest.Months);
        Assert.True(backtest.HoltMape > 0 && backtest.NaiveMape > 0);
    }

    [Fact]
    public void Too_short_a_series_has_no_forecast() => Assert.Null(HoltForecast.Forecast([100, 101, 102], 3));
}
