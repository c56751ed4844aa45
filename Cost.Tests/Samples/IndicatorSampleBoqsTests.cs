using System.Globalization;
using System.Text.Json;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Samples;

namespace Cost.Tests.Samples;

/// <summary>The sample tenders behind the indicators teach plausible norms: each lies in the ranges data/indicator-samples.json states for its type.</summary>
public class IndicatorSampleBoqsTests
{
    public static TheoryData<string> Tenders() => [.. IndicatorSampleBoqs.All.Select(s => s.TenderName)];

    [Theory]
    [MemberData(nameof(Tenders))]
    public void Each_sample_tender_lies_in_the_stated_ranges_of_its_type(string tenderName)
    {
        var spec = IndicatorSampleBoqs.All.Single(s => s.TenderName == tenderName);
        var range = Ranges().GetProperty("types").EnumerateArray().Single(t => t.GetProperty("projectType").GetString() == spec.ProjectType);
        var values = CostIndicatorCalculator.Values(Project(spec)).ToDictionary(v => v.Measure.Code, v => v.Value);

        AssertWithin(range, "costPerM2", values[CostIndicatorCalculator.Total.Code], tenderName);
        if (range.TryGetProperty("concretePerM2", out _))
        {
            AssertWithin(range, "concretePerM2", values[CostIndicatorCalculator.Concrete.Code], tenderName);
            AssertWithin(range, "steelPerM2", values[CostIndicatorCalculator.Steel.Code], tenderName);
        }
    }

    [Fact]
    public void The_types_differ_in_cost_per_m2_as_the_ranges_say()
    {
        var median = IndicatorSampleBoqs.All.GroupBy(s => s.ProjectType).ToDictionary(g => g.Key,
            g => g.Select(s => (double)(CeilingPriceCalculator.Price(IndicatorSampleBoqs.Create(s), SampleBoq.RuleSet).Total / s.BuildingArea)).Order().ElementAt(1));

        Assert.True(median["residential"] < median["school"]);
        Assert.True(median["school"] < median["office"]);
        Assert.True(median["office"] < median["hospital"]);
        Assert.True(median["municipal-road"] < median["residential"]);
    }

    private static IndicatorProject Project(IndicatorSampleBoqs.Spec spec) =>
        new("XA", spec.TenderName, spec.ProjectType, "610100", new YearMonth(2026, 11), spec.BuildingArea,
            CeilingPriceCalculator.Price(IndicatorSampleBoqs.Create(spec), SampleBoq.RuleSet), IndicatorSampleBoqs.Create(spec));

    private static void AssertWithin(JsonElement type, string measure, double value, string tender)
    {
        var low = type.GetProperty(measure).GetProperty("low").GetDouble();
        var high = type.GetProperty(measure).GetProperty("high").GetDouble();
        Assert.True(value >= low && value <= high,
            string.Create(CultureInfo.InvariantCulture, $"{tender} {measure} = {value:0.####}, outside {low}–{high}"));
    }

    private static JsonElement Ranges()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "data", "indicator-samples.json")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new DirectoryNotFoundException("data/indicator-samples.json");
        }

        return JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "data", "indicator-samples.json"))).RootElement;
    }
}
