using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Prices;

namespace Cost.Tests.Importers.Prices;

public class SamplePriceTests
{
    private static string SampleFile => Path.Combine(RepoData.Root, "data", "samples", SampleObservations.FileName);

    /// <summary>Regenerates the sample: <c>COST_WRITE_SAMPLES=1 dotnet test --filter Category=Samples</c>.</summary>
    [Fact]
    [Trait("Category", "Samples")]
    public void Regenerate_sample_prices_when_asked()
    {
        if (Environment.GetEnvironmentVariable("COST_WRITE_SAMPLES") != "1")
        {
            return;
        }

        SamplePriceGenerator.Write(SampleFile);
        foreach (var (region, _, _) in SamplePriceGenerator.Districts)
        {
            SamplePriceGenerator.WriteDistrict(Path.Combine(RepoData.Root, "data", "samples", SampleObservations.DistrictFileName(region)), region);
        }
    }

    [Fact]
    public void The_committed_sample_covers_24_months_of_the_whole_catalogue_and_reads_cleanly()
    {
        Assert.InRange(new FileInfo(SampleFile).Length, 1_000_000, 30_000_000);

        var months = SampleObservations.Read(SampleFile, RepoData.Catalogue, RepoData.Units);

        Assert.Equal(24, months.Count);
        Assert.Equal(new YearMonth(2024, 11), months.Keys.First());
        Assert.Equal(new YearMonth(2026, 10), months.Keys.Last());
        foreach (var (month, observations) in months)
        {
            Assert.All(observations, o => Assert.True(month.Contains(o.QuotedOn)));
            var series = observations.Select(o => (o.ResourceCode, o.Spec)).ToHashSet();
            Assert.Equal(RepoData.Catalogue.All.Length, series.Count);
        }
    }

    [Fact]
    public void Publishing_the_sample_month_by_month_gives_market_levels_with_some_carried_and_some_outliers()
    {
        var months = SampleObservations.Read(SampleFile, RepoData.Catalogue, RepoData.Units);
        var last = new Dictionary<Resource, decimal>();
        var carried = 0;
        var dropped = 0;
        var drafts = new Dictionary<YearMonth, IReadOnlyList<DraftPrice>>();
        foreach (var (month, observations) in months)
        {
            var monthDrafts = InfoPriceCalculator.ComputeAll(observations, RepoData.Catalogue,
                r => last.TryGetValue(r, out var p) ? p : null, InfoPriceMethod.Default);
            foreach (var (resource, draft) in RepoData.Catalogue.All.Zip(monthDrafts))
            {
                if (draft.PriceInclTax is { } price)
                {
                    last[resource] = price;
                }

                carried += draft.Carried ? 1 : 0;
                dropped += draft.Dropped.Length;
            }

            drafts[month] = monthDrafts;
        }

        // About one series-month in 25 is surveyed too thinly, and outlying quotes leave a few more short of 3.
        var seriesMonths = months.Count * RepoData.Catalogue.All.Length;
        Assert.InRange(carried, seriesMonths / 200, seriesMonths / 8);
        Assert.InRange(dropped, seriesMonths / 50, seriesMonths / 2);
        decimal Price(YearMonth m, string code, string spec) =>
            drafts[m].Single(d => d.ResourceCode == code && d.Spec == spec).PriceInclTax!.Value;
        foreach (var month in months.Keys)
        {
            Assert.InRange(Price(month, "01010201", "HRB400E Φ12"), 3450m, 4300m);
            Assert.InRange(Price(month, "04010101", "P.O 42.5 散装"), 370m, 480m);
            Assert.InRange(Price(month, "80210504", "C30"), 420m, 520m);
            Assert.InRange(Price(month, "00010101", ""), 160m, 200m);
        }

        Assert.True(Price(new YearMonth(2026, 10), "00010101", "") > Price(new YearMonth(2024, 11), "00010101", ""));
    }

    [Fact]
    public void The_catalogue_covers_prefabricated_green_installation_and_plants_each_with_its_price_basis()
    {
        var all = RepoData.Catalogue.All;

        Assert.True(all.Length >= 1500);
        Assert.Superset(new HashSet<string> { "装配式构件", "绿色建材", "安装主材", "苗木" }, all.Select(r => r.Category).ToHashSet());
        Assert.Contains(all, r => r.Name == "钢筋混凝土叠合板" && r.PriceBasis == "出厂价");
        Assert.Contains(all, r => r.Name == "预制混凝土楼梯");
        Assert.All(all.Where(r => r.Category == "苗木"), r => Assert.Equal(("出圃价", 0.09m), (r.PriceBasis, r.VatRate)));
        Assert.All(all.Where(r => r.Category is "人工" or "机械台班"), r => Assert.Null(r.PriceBasis));
        Assert.All(all.Where(r => r.Category is not ("人工" or "机械台班")), r => Assert.NotNull(r.PriceBasis));
        Assert.Equal(all.Length, all.Select(r => (r.Code, r.Spec)).Distinct().Count());
    }
}
