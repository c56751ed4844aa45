using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Bills;

namespace Cost.Domain.Indicators;

/// <summary>
/// Unit-rate reasonableness (docs/filing-review.md: unusual unit rates are warnings):
/// each line's all-in unit rate against the filed unit rates of the same 9-digit item code (the
/// national part, GB 50854) and unit, already brought to the current month by index. A warning names
/// the median and the P10–P90 range; with fewer comparable lines than the minimum nothing is said.
/// </summary>
public static class UnitRateCheck
{
    /// <summary>The comparable key of a line: its first 9 digits and its unit.</summary>
    public static (string Code, string Unit) Key(BoqLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return (line.ItemCode.Length >= 9 ? line.ItemCode[..9] : line.ItemCode, line.Unit);
    }

    /// <param name="boq">The uploaded bill.</param>
    /// <param name="filed">Filed unit rates (yuan, at today's prices) by <see cref="Key"/>, as <see cref="FiledUnitRates.Distributions"/> gives them.</param>
    /// <param name="options">The thresholds.</param>
    public static ImmutableArray<BoqFinding> Check(Boq boq, IReadOnlyDictionary<(string Code, string Unit), RateDistribution> filed, UnitRateCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(boq);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(options);
        var findings = ImmutableArray.CreateBuilder<BoqFinding>();
        var ranges = new Dictionary<(string, string), (double Low, double Median, double High, int Count)?>();
        foreach (var unit in boq.UnitWorks)
        {
            foreach (var line in unit.Lines.Where(l => l.UnitRate > 0))
            {
                var key = Key(line);
                if (!ranges.TryGetValue(key, out var range))
                {
                    range = ranges[key] = filed.TryGetValue(key, out var rates) && rates.Count >= options.MinimumComparable
                        ? Range(rates, options)
                        : null;
                }

                if (range is not { } r)
                {
                    continue;
                }

                var rate = (double)line.UnitRate;
                if (rate < r.Low * (1 - options.Margin) || rate > r.High * (1 + options.Margin))
                {
                    findings.Add(new BoqFinding(FindingSeverity.Warning, FindingRules.UnitRate, null, null, null, unit.Name, line.ItemCode, line.Name,
                        Message(line, r, options), line.UnitRate, Money.Round((decimal)r.Median)));
                }
            }
        }

        return findings.ToImmutable();
    }

    private static (double, double, double, int) Range(RateDistribution rates, UnitRateCheckOptions options) =>
        (rates.Percentile(options.LowPercentile), rates.Percentile(50), rates.Percentile(options.HighPercentile), (int)rates.Count);

    private static string Message(BoqLine line, (double Low, double Median, double High, int Count) r, UnitRateCheckOptions options) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{line.ItemCode} {line.Name} 综合单价 {line.UnitRate:0.00} 元/{line.Unit} 偏离已备案同类清单项（{r.Count} 条，已按造价指数调整到本月）P{options.LowPercentile:0}–P{options.HighPercentile:0} 区间 {r.Low:0.00}–{r.High:0.00} 元超过 {options.Margin:0%}，中位数 {r.Median:0.00} 元，请核实。");
}
