using System.Globalization;
using System.Net;
using System.Text;

namespace Cost.Web.Charts;

/// <summary>
/// A line chart drawn on the server as SVG (no script, no CDN): scales to its container, labels in
/// Chinese, one or more series over the same x labels. Pages put the numbers in a table beside it.
/// </summary>
public static class LineChart
{
    private const double Width = 720, Height = 300, Left = 64, Right = 16, Top = 24, Bottom = 48;
    private static readonly string[] Colours = ["#0b5cab", "#b42318", "#087443", "#9a6700", "#6941c6"];

    /// <param name="title">The chart's accessible name.</param>
    /// <param name="labels">The x-axis labels (e.g. months), in order.</param>
    /// <param name="series">Each series' name and its values by label (null: no value).</param>
    /// <param name="format">How values are written on the y axis.</param>
    /// <param name="forecast">A forecast drawn after the series: a dashed line with its interval as a shaded band.</param>
    public static string Svg(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series, string format = "#,##0.##",
        ForecastOverlay? forecast = null)
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

        var (min, max) = NiceRange(values.Min(), values.Max());
        double X(int i) => Left + (labels.Count == 1 ? (Width - Left - Right) / 2 : i * (Width - Left - Right) / (labels.Count - 1));
        double Y(double v) => Top + (max - v) / (max - min) * (Height - Top - Bottom);

        for (var t = 0; t <= 4; t++)
        {
            var v = min + (max - min) * t / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):F1}\" y2=\"{Y(v):F1}\" stroke=\"#e3e8ee\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6773\">{v.ToString(format, CultureInfo.InvariantCulture)}</text>");
        }

        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 8.0));
        for (var i = 0; i < labels.Count; i += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):F1}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6773\">{WebUtility.HtmlEncode(labels[i])}</text>");
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
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):F1}\" cy=\"{Y(v):F1}\" r=\"2.5\" fill=\"{colour}\"><title>{WebUtility.HtmlEncode(labels[i])}：{v.ToString(format, CultureInfo.InvariantCulture)}</title></circle>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            if (series.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 8 + s * 140}\" y=\"{Height - 8}\" font-size=\"12\" fill=\"{colour}\">■ {WebUtility.HtmlEncode(series[s].Name)}</text>");
            }
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

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 220}\" y=\"{Height - 8}\" font-size=\"12\" fill=\"#9a6700\">┅ {WebUtility.HtmlEncode(forecast.Name)}（阴影：{WebUtility.HtmlEncode(forecast.IntervalName)}）</text>");
    }

    /// <summary>A y range with a little room, rounded to a tidy step.</summary>
    private static (double Min, double Max) NiceRange(double low, double high)
    {
        if (Math.Abs(high - low) < 1e-9)
        {
            var pad = Math.Abs(high) * 0.1 + 1;
            return (low - pad, high + pad);
        }

        var span = high - low;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(span / 4)));
        var stepSize = Math.Ceiling(span / 4 / magnitude) * magnitude;
        return (Math.Floor(low / stepSize) * stepSize, Math.Ceiling(high / stepSize) * stepSize);
    }
}
