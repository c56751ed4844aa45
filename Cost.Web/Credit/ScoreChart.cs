using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Cost.Domain.Credit;

namespace Cost.Web.Credit;

/// <summary>
/// The score history as a small inline SVG step chart, drawn on the server (no script): the score
/// holds between the days it changes. Dashed lines mark the grade thresholds. The page shows the
/// same numbers as a table beside it.
/// </summary>
public static class ScoreChart
{
    private const double Width = 640, Height = 220, Left = 44, Right = 12, Top = 12, Bottom = 28;

    public static string Svg(ImmutableArray<CreditStanding> points, GradeScale scale)
    {
        if (points.IsEmpty)
        {
            return "";
        }

        var thresholds = scale.Thresholds.Select(t => (double)t.MinScore).ToList();
        var low = Math.Floor(Math.Min(points.Min(p => (double)p.Score), thresholds.DefaultIfEmpty(0).Min() - 10) / 10) * 10;
        var high = Math.Ceiling(Math.Max(points.Max(p => (double)p.Score), thresholds.DefaultIfEmpty(100).Max() + 5) / 10) * 10;
        var first = points[0].On.DayNumber;
        var span = Math.Max(1, points[^1].On.DayNumber - first);
        double X(DateOnly d) => Left + (d.DayNumber - first) * (Width - Left - Right) / span;
        double Y(decimal s) => Top + (high - (double)s) * (Height - Top - Bottom) / (high - low);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"诚信得分变化图\" xmlns=\"http://www.w3.org/2000/svg\">"));
        foreach (var t in scale.Thresholds)
        {
            var y = Y(t.MinScore);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" class=\"threshold\"/>"));
            svg.Append(Invariant($"<text x=\"{Width - Right - 2}\" y=\"{y - 3:0.#}\" text-anchor=\"end\" class=\"tick\">{WebUtility.HtmlEncode(t.Grade)} ≥ {t.MinScore:0.##}</text>"));
        }

        for (var s = low; s <= high; s += 10)
        {
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Y((decimal)s) + 4:0.#}\" text-anchor=\"end\" class=\"tick\">{s:0}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{Left}\" y=\"{Height - 8}\" class=\"tick\">{points[0].On:yyyy-MM-dd}</text>"));
        svg.Append(Invariant($"<text x=\"{Width - Right}\" y=\"{Height - 8}\" text-anchor=\"end\" class=\"tick\">{points[^1].On:yyyy-MM-dd}</text>"));

        var path = new StringBuilder(Invariant($"M{X(points[0].On):0.#},{Y(points[0].Score):0.#}"));
        for (var i = 1; i < points.Length; i++)
        {
            path.Append(Invariant($" H{X(points[i].On):0.#} V{Y(points[i].Score):0.#}"));
        }

        svg.Append(Invariant($"<path d=\"{path}\" class=\"line\"/>"));
        svg.Append(Invariant($"<circle cx=\"{X(points[^1].On):0.#}\" cy=\"{Y(points[^1].Score):0.#}\" r=\"3.5\" class=\"dot\"/>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
