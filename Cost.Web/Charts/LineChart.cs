using System.Globalization;
using System.Net;
using System.Text;

namespace Cost.Web.Charts;

/// <summary>
/// A line chart drawn on the server as SVG (no script, no CDN): scales to its container, labels in
/// Chinese, one or more series over the same x labels. Pages put the numbers in a table beside it.
/// The drawing is 480 units wide with 15-unit text, so that labels stay readable (≥ 10 px) on a 390 px phone;
/// the value axis has round ticks (<see cref="ChartTicks"/>) and its unit; every point can be reached with the
/// keyboard or a tap and then shows its month and full value; carried months (沿用) are hollow dots.
/// </summary>
public static class LineChart
{
    private const double Width = 480, Height = 300, Left = 70, Right = 14, Top = 30, Bottom = 58, Font = 15;
    private static readonly string[] Colours = ["#0b5cab", "#b42318", "#087443", "#9a6700", "#6941c6"];

    /// <param name="title">The chart's accessible name.</param>
    /// <param name="labels">The x-axis labels (e.g. months), in order.</param>
    /// <param name="series">Each series' name and its values by label (null: no value).</param>
    /// <param name="format">How values are written on the y axis.</param>
    /// <param name="forecast">A forecast drawn after the series: a dashed line with its interval as a shaded band.</param>
    /// <param name="unit">The unit of the values, written above the value axis (e.g. 元/t).</param>
    /// <param name="carried">Per label, whether its value was carried from an earlier month (drawn hollow, with a legend).</param>
    /// <param name="scale">A value range every chart of a grid shares, so that their slopes compare; null: this chart's own.</param>
    public static string Svg(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series, string format = "#,##0.##",
        ForecastOverlay? forecast = null, string? unit = null, IReadOnlyList<bool>? carried = null, (double Low, double High)? scale = null)
    {
        var values = series.SelectMany(s => s.Values).Concat(forecast is null ? [] : forecast.Low.Concat(forecast.High)).OfType<double>().ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        if (values.Count == 0 || labels.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" fill=\"#5b6773\">暂无数据</text></svg>");
            return svg.ToString();
        }

        var ticks = scale is { } shared ? ChartTicks.Nice(Math.Min(shared.Low, values.Min()), Math.Max(shared.High, values.Max())) : ChartTicks.Nice(values.Min(), values.Max());
        var (min, max) = (ticks[0], ticks[^1]);
        double X(int i) => Left + (labels.Count == 1 ? (Width - Left - Right) / 2 : i * (Width - Left - Right) / (labels.Count - 1));
        double Y(double v) => Top + (max - v) / (max - min) * (Height - Top - Bottom);

        foreach (var v in ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):F1}\" y2=\"{Y(v):F1}\" stroke=\"#e3e8ee\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Y(v) + 5:F1}\" text-anchor=\"end\" font-size=\"{Font}\">{v.ToString(format, CultureInfo.InvariantCulture)}</text>");
        }

        if (unit is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"4\" y=\"{Font + 2}\" font-size=\"{Font}\">{WebUtility.HtmlEncode(unit)}</text>");
        }

        // At most 4 month labels, so that they never overlap at 15 units a character.
        var step = Math.Max(1, (int)Math.Ceiling((labels.Count - 1) / 3.0));
        for (var i = 0; i < labels.Count; i += step)
        {
            var anchor = labels.Count == 1 ? "middle" : i == 0 ? "start" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(i):F1}\" y=\"{Height - Bottom + 22}\" text-anchor=\"{anchor}\" font-size=\"{Font}\">{WebUtility.HtmlEncode(labels[i])}</text>");
        }

        if (forecast is not null)
        {
            Forecast(svg, labels, forecast, X, Y, format);
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var path = new StringBuilder();
            var pen = 'M';
            for (var i = 0; i < labels.Count && i < series[s].Values.Count; i++)
            {
                if (series[s].Values[i] is not { } v)
                {
                    pen = 'M';
                    continue;
                }

                path.Append(CultureInfo.InvariantCulture, $"{pen}{X(i):F1},{Y(v):F1} ");
                pen = 'L';
            }

            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            for (var i = 0; i < labels.Count && i < series[s].Values.Count; i++)
            {
                if (series[s].Values[i] is { } v)
                {
                    Point(svg, X(i), Y(v), colour, $"{labels[i]} {series[s].Name}：{v.ToString("#,##0.######", CultureInfo.InvariantCulture)}{(carried?.ElementAtOrDefault(i) == true ? "（沿用上期）" : "")}",
                        hollow: carried?.ElementAtOrDefault(i) == true);
                }
            }

            if (series.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (s % 2 * 200)}\" y=\"{Height - 22 + (s / 2 * 17)}\" font-size=\"{Font}\" fill=\"{colour}\">■ {WebUtility.HtmlEncode(series[s].Name)}</text>");
            }
        }

        if (carried?.Any(c => c) == true)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Width - Right}\" y=\"{Height - 4}\" text-anchor=\"end\" font-size=\"{Font}\">○ 空心点：沿用上期价格</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Forecast(StringBuilder svg, IReadOnlyList<string> labels, ForecastOverlay forecast, Func<int, double> x, Func<double, double> y, string format)
    {
        var points = Enumerable.Range(0, Math.Min(labels.Count, forecast.Mean.Count))
            .Where(i => forecast.Mean[i] is not null && forecast.Low[i] is not null && forecast.High[i] is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var band = string.Join(" ", points.Select(i => string.Create(CultureInfo.InvariantCulture, $"{x(i):F1},{y(forecast.High[i]!.Value):F1}"))
            .Concat(points.AsEnumerable().Reverse().Select(i => string.Create(CultureInfo.InvariantCulture, $"{x(i):F1},{y(forecast.Low[i]!.Value):F1}"))));
        svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{band}\" fill=\"#9a6700\" fill-opacity=\"0.15\" stroke=\"none\"><title>{WebUtility.HtmlEncode(forecast.IntervalName)}</title></polygon>");
        var path = string.Join(" ", points.Select((i, n) => string.Create(CultureInfo.InvariantCulture, $"{(n == 0 ? 'M' : 'L')}{x(i):F1},{y(forecast.Mean[i]!.Value):F1}")));
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#9a6700\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        foreach (var i in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x(i):F1}\" cy=\"{y(forecast.Mean[i]!.Value):F1}\" r=\"2.5\" fill=\"#fff\" stroke=\"#9a6700\"><title>{WebUtility.HtmlEncode(labels[i])} {WebUtility.HtmlEncode(forecast.Name)}：{forecast.Mean[i]!.Value.ToString(format, CultureInfo.InvariantCulture)}（{forecast.Low[i]!.Value.ToString(format, CultureInfo.InvariantCulture)}–{forecast.High[i]!.Value.ToString(format, CultureInfo.InvariantCulture)}）</title></circle>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 8}\" text-anchor=\"end\" font-size=\"{Font}\" fill=\"#9a6700\">┅ {WebUtility.HtmlEncode(forecast.Name)}（阴影：{WebUtility.HtmlEncode(forecast.IntervalName)}）</text>");
    }

    /// <summary>
    /// A point a keyboard or a tap can reach: focusable, named for screen readers with its month and full value, a large
    /// invisible target around the dot, and the same text shown beside it on focus or hover (site.css, no script).
    /// </summary>
    private static void Point(StringBuilder svg, double x, double y, string colour, string text, bool hollow)
    {
        var encoded = WebUtility.HtmlEncode(text);
        var tipX = Math.Clamp(x, Left + 90, Width - Right - 90);
        var tipY = y < Top + 40 ? y + 30 : y - 14;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"pt\" tabindex=\"0\" role=\"img\" aria-label=\"{encoded}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"hit\" cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"12\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"4\" fill=\"{(hollow ? "#fff" : colour)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tip\" x=\"{tipX:F1}\" y=\"{tipY:F1}\" text-anchor=\"middle\" font-size=\"{Font}\">{encoded}</text></g>");
    }
}
