using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Web.Hosting;

namespace Cost.Web.Indices;

/// <summary>
/// The price adjustment calculator behind the API and the page: checks the request, takes F_0i and
/// F_ti from the published indices, and calls <see cref="PriceAdjustment"/>. Every problem is named.
/// </summary>
public sealed class PriceAdjustmentOperations(PublishedIndices published)
{
    /// <summary>
    /// The most factors a calculation takes: a contract's adjustment formula (GB/T 50500-2013 附录 A.1) lists a handful of
    /// cost elements, so 50 is generous for any contract and bounds the work an anonymous request can ask for.
    /// </summary>
    public const int MaxFactors = 50;

    public async Task<Outcome<PriceAdjustmentAnswer>> CalculateAsync(PriceAdjustmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        if (request.Amount is not { } amount)
        {
            problems.Add(ProblemItem.ForField("amount", "须填写调价基数 P0（元）。"));
            amount = 0;
        }

        var periods = new YearMonth[2];
        foreach (var (field, text, i) in new[] { ("basePeriod", request.BasePeriod, 0), ("currentPeriod", request.CurrentPeriod, 1) })
        {
            if (!YearMonth.TryParse(text, out periods[i]))
            {
                problems.Add(ProblemItem.ForField(field, $"{(i == 0 ? "基准日期" : "现行")}月份“{text}”应为 yyyy-MM。"));
            }
        }

        var requested = request.Factors ?? [];
        if (requested.IsEmpty || requested.Length > MaxFactors)
        {
            problems.Add(ProblemItem.ForField("factors", requested.IsEmpty
                ? "须至少列出一项可调因子（指数编码与变值权重）。"
                : $"可调因子最多 {MaxFactors} 项，收到 {requested.Length} 项。"));
            requested = [];
        }

        var region = published.Region(request.Region);
        var (baseMonth, currentMonth) = problems.Count == 0
            ? (await published.MonthAsync(region, periods[0], cancellationToken), await published.MonthAsync(region, periods[1], cancellationToken))
            : ([], []);
        var factors = new List<AdjustmentFactorAnswer>();
        for (var i = 0; i < requested.Length; i++)
        {
            var (code, weight) = (requested[i].IndexCode?.Trim() ?? "", requested[i].Weight);
            var field = $"factors[{i}]";
            if (published.Baskets.NameOf(code) is not { } name)
            {
                problems.Add(ProblemItem.ForField(field + ".indexCode", $"指数编码“{code}”不是本站发布的指数（见 data/index-baskets.json）。"));
                continue;
            }

            if (weight is null)
            {
                problems.Add(ProblemItem.ForField(field + ".weight", $"{name}须填写变值权重 B。"));
                continue;
            }

            var f0 = Find(baseMonth, code);
            var ft = Find(currentMonth, code);
            if (problems.Count == 0 && f0 is null)
            {
                problems.Add(ProblemItem.ForField("basePeriod", $"{name}在{periods[0].ToChinese()}尚未发布，无法取得基准价格指数 F0。"));
            }

            if (problems.Count == 0 && ft is null)
            {
                problems.Add(ProblemItem.ForField("currentPeriod", $"{name}在{periods[1].ToChinese()}尚未发布，无法取得现行价格指数 Ft。"));
            }

            factors.Add(new AdjustmentFactorAnswer(code, name, weight.Value, f0 ?? 0, ft ?? 0));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<PriceAdjustmentAnswer>(StatusCodes.Status400BadRequest, "价格调整计算请求有误。", problems);
        }

        var fixedWeight = request.FixedWeight ?? 0;
        var result = PriceAdjustment.Calculate(amount, fixedWeight, [.. factors.Select(f => new AdjustmentFactor(f.IndexCode, f.Weight, f.BaseIndex, f.CurrentIndex))]);
        return result.Succeeded
            ? Outcome.Ok(new PriceAdjustmentAnswer(region, amount, fixedWeight, periods[0], periods[1], [.. factors], Math.Round(result.Factor, 6), result.Adjustment))
            : Outcome.Fail<PriceAdjustmentAnswer>(StatusCodes.Status400BadRequest, "价格调整计算请求有误。", result.Problems.Select(p => ProblemItem.ForField("weights", p)));
    }

    private static decimal? Find(IEnumerable<PriceIndex> month, string code) =>
        month.FirstOrDefault(i => i.IndexCode == code) is { } found ? PublishedIndices.Published(found.FixedBase) : null;
}
