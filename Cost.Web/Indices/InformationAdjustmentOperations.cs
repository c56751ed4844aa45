using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;

namespace Cost.Web.Indices;

/// <summary>
/// The information-price adjustment (GB 50500-2013 appendix A.2) behind the API and the page: checks every item,
/// takes the published tax-exclusive price of its month (a district without its own price takes the city's), picks
/// the band and calls <see cref="InformationAdjustment"/>. Every problem is named by its field.
/// </summary>
public sealed class InformationAdjustmentOperations(PriceQueries prices, ResourceCatalogue catalogue, ReferenceData reference, InformationAdjustmentBands bands)
{
    /// <summary>Items one request may carry: a contract's adjustable materials fit many times over.</summary>
    public const int MaxItems = 500;

    private const string Invalid = "造价信息差额调整请求有误。";

    public async Task<Outcome<InformationAdjustmentAnswer>> CalculateAsync(InformationAdjustmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = string.IsNullOrWhiteSpace(request.Region) ? PublishedIndices.CityRegion : request.Region.Trim();
        if (reference.RegionName(region) is null)
        {
            return Outcome.Fail<InformationAdjustmentAnswer>(StatusCodes.Status400BadRequest, Invalid,
                ProblemItem.ForField("region", $"地区代码“{region}”不在本站发布信息价的地区中。"));
        }

        var items = request.Items ?? [];
        if (items.IsEmpty || items.Length > MaxItems)
        {
            return Outcome.Fail<InformationAdjustmentAnswer>(StatusCodes.Status400BadRequest, Invalid,
                ProblemItem.ForField("items", $"须列出 1 至 {MaxItems} 项调差材料或机械。"));
        }

        var problems = new List<ProblemItem>();
        var months = new Dictionary<(string, YearMonth), ImmutableArray<InfoPrice>>();
        var answers = ImmutableArray.CreateBuilder<InformationAdjustmentItemAnswer>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var field = $"items[{i}]";
            var before = problems.Count;
            var resource = FindResource(item, field, problems);
            var band = resource is null ? null : Band(item, resource, field, problems);
            Positive(item.BasePrice, field + ".basePrice", "基准单价", problems);
            if (item.BidPrice is <= 0m)
            {
                problems.Add(ProblemItem.ForField(field + ".bidPrice", "投标单价应为正数（元）。"));
            }

            if (item.Quantity is not >= 0m)
            {
                problems.Add(ProblemItem.ForField(field + ".quantity", "须填写调差数量（不小于 0）。"));
            }

            if (!YearMonth.TryParse(item.Period, out var period))
            {
                problems.Add(ProblemItem.ForField(field + ".period", $"月份“{item.Period}”应为 yyyy-MM。"));
            }

            if (problems.Count > before || resource is null || band is null)
            {
                continue;
            }

            var found = await PriceAsync(region, period, resource, months, cancellationToken);
            if (found is not { } published)
            {
                problems.Add(ProblemItem.ForField(field + ".period",
                    $"{reference.RegionName(region)}{period.ToChinese()}未发布 {resource.Code} {resource.Name} {resource.Spec} 的信息价。"));
                continue;
            }

            var result = InformationAdjustment.Adjust(item.Quantity!.Value, item.BasePrice!.Value, item.BidPrice, published.Price.PriceExclTax, band.Value / 100m);
            answers.Add(new InformationAdjustmentItemAnswer(resource.Code, resource.Spec, resource.Name, resource.Unit, item.Quantity.Value,
                item.BasePrice.Value, item.BidPrice, item.RiskPercent, period.ToString(), published.Price.PriceExclTax, published.Region,
                published.Region != region, band.Value, Four(result.UpperLimit), Four(result.LowerLimit), Four(result.UnitDifference),
                result.Adjustment));
        }

        return problems.Count > 0
            ? Outcome.Fail<InformationAdjustmentAnswer>(StatusCodes.Status400BadRequest, Invalid, problems)
            : Outcome.Ok(new InformationAdjustmentAnswer(region, answers.ToImmutable(), answers.Sum(a => a.Adjustment)));
    }

    /// <summary>The city of a district or county (GB/T 2260: the first four digits, then 00).</summary>
    public static string CityOf(string region) => region.Length == 6 ? string.Concat(region.AsSpan(0, 4), "00") : region;

    private Resource? FindResource(InformationAdjustmentItemRequest item, string field, List<ProblemItem> problems)
    {
        var code = item.ResourceCode?.Trim() ?? "";
        var specs = catalogue.FindByCode(code);
        if (specs.IsEmpty)
        {
            problems.Add(ProblemItem.ForField(field + ".resourceCode", code.Length == 0 ? "须填写资源编码。" : $"资源编码“{code}”不在资源目录中。"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(item.Spec) && specs.Length == 1)
        {
            return specs[0];
        }

        var found = catalogue.Find(code, item.Spec);
        if (found is null)
        {
            problems.Add(ProblemItem.ForField(field + ".spec",
                $"资源编码 {code} 有 {specs.Length} 个规格型号，请填写其一：{string.Join("、", specs.Take(8).Select(s => s.Spec))}。"));
        }

        return found;
    }

    private decimal? Band(InformationAdjustmentItemRequest item, Resource resource, string field, List<ProblemItem> problems)
    {
        if (bands.PercentFor(resource) is not { } standard)
        {
            problems.Add(ProblemItem.ForField(field + ".resourceCode",
                $"{resource.Name}属于{resource.Category}，不按造价信息差额调整法调整（人工单价按人工费调整文件执行）。"));
            return null;
        }

        if (item.RiskPercent is { } agreed && (agreed < 0m || agreed >= 100m))
        {
            problems.Add(ProblemItem.ForField(field + ".riskPercent", "风险幅度应在 0 至 100（%）之间。"));
            return null;
        }

        return item.RiskPercent ?? standard;
    }

    // Unit prices shown to check the arithmetic, not money: four decimals.
    private static decimal Four(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void Positive(decimal? value, string field, string what, List<ProblemItem> problems)
    {
        if (value is not > 0m)
        {
            problems.Add(ProblemItem.ForField(field, $"须填写{what}（元，正数）。"));
        }
    }

    // The district's own price when it publishes one, else the city's (a district publishes part of the catalogue).
    private async Task<(InfoPrice Price, string Region)?> PriceAsync(string region, YearMonth period, Resource resource,
        Dictionary<(string, YearMonth), ImmutableArray<InfoPrice>> months, CancellationToken cancellationToken)
    {
        foreach (var place in region == CityOf(region) ? [region] : new[] { region, CityOf(region) })
        {
            if (!months.TryGetValue((place, period), out var month))
            {
                months[(place, period)] = month = await prices.PublishedAsync(place, period, cancellationToken: cancellationToken);
            }

            if (month.FirstOrDefault(p => p.ResourceCode == resource.Code && p.Spec == resource.Spec) is { } price)
            {
                return (price, place);
            }
        }

        return null;
    }
}
