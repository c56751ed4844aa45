using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Indices;
using Cost.Web.Prices;
using Microsoft.Extensions.DependencyInjection;
using static Cost.Tests.Web.PdfBulletinWriterTests;

namespace Cost.Tests.Web;

/// <summary>
/// The published bulletins read back with pdftotext as a reader of the printed 造价信息 expects: every
/// sentence of the 说明 whole, the markers 沿用上期 and 沿用市区价 in full on each row that carries them, the
/// issue (期号) and "第 n 页 共 N 页" on every page, and no file path a developer would read. Needs
/// fonts-wqy-microhei and poppler-utils (./test.sh installs them).
/// </summary>
[Collection(WebSuite.Name)]
public sealed class PublishedBulletinTests(CostWebFactory factory)
{
    private static readonly YearMonth Month = new(2026, 10);

    [Theory]
    [InlineData("610113")]
    [InlineData("610100")]
    public async Task The_price_bulletin_reads_back_every_note_and_marker_whole_with_the_issue_on_every_page(string region)
    {
        var client = factory.CreateClient();
        var items = (await (await client.GetAsync($"/api/public/info-prices/{region}/{Month}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var pages = Pages(await client.GetByteArrayAsync($"/api/public/info-prices/{region}/{Month}/bulletin.pdf"));

        var notes = (await PriceBulletinAsync(region)).Notes;
        var text = Flat(string.Concat(pages));
        Assert.All(notes.SelectMany(Sentences), sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("出厂价", StringComparison.Ordinal) && n.Contains("出圃价", StringComparison.Ordinal));

        // Each marked row carries its marker in full in the 备注 column of a table page (one with the header).
        var tables = pages.Where(p => p.Contains("资源编码", StringComparison.Ordinal)).ToList();
        var fromCity = items.Count(i => i.TryGetProperty("fromRegion", out _));
        var carried = items.Count(i => i.GetProperty("carried").GetBoolean());
        Assert.Equal(fromCity, tables.Sum(p => Count(p, "沿用市区价")));
        Assert.Equal(carried, tables.Sum(p => Count(p, "沿用上期")));
        Assert.True(carried > 0, "the sample month carries some prices");
        Assert.DoesNotContain(tables, p => p.Contains('…'));
        if (region != Regions.City)
        {
            Assert.True(fromCity > 0, "the sample district shows the city's price for what it did not publish");
        }

        Assert.All(tables, p => Assert.Contains("价格口径", p));
        Assert.Contains(tables, p => p.Contains("到场价", StringComparison.Ordinal));
        EveryPageNamesTheIssue(pages, "2026年第10期");
    }

    [Fact]
    public async Task The_index_bulletin_reads_back_every_note_whole_and_names_no_developer_file()
    {
        var published = factory.Services.GetRequiredService<PublishedIndices>();
        var bulletin = IndexDocuments.Bulletin(published.RegionName(Regions.City), Month, await published.MonthAsync(Regions.City, Month));

        var pages = Pages(await factory.CreateClient().GetByteArrayAsync($"/api/public/indices/{Month}/bulletin.pdf"));

        var text = Flat(string.Concat(pages));
        Assert.All(bulletin.Notes.SelectMany(Sentences), sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
        Assert.DoesNotContain("data/", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".json", text, StringComparison.Ordinal);
        Assert.Contains("/indices", text, StringComparison.Ordinal);
        Assert.Contains($"/api/public/indices/{Month}", text, StringComparison.Ordinal);
        EveryPageNamesTheIssue(pages, "2026年第10期");
    }

    private static void EveryPageNamesTheIssue(IReadOnlyList<string> pages, string issue)
    {
        Assert.True(pages.Count >= 3);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(issue, pages[i], StringComparison.Ordinal);
            Assert.Contains($"第{i + 1}页共{pages.Count}页", Flat(pages[i]), StringComparison.Ordinal);
        }
    }

    /// <summary>A note's sentences (to 。), without whitespace, as the text they must be found in.</summary>
    private static IEnumerable<string> Sentences(string note) =>
        note.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(Flat).Where(s => s.Length > 0);

    private async Task<Cost.Web.Bulletins.Bulletin> PriceBulletinAsync(string region)
    {
        var services = factory.Services;
        var published = (await PublishedPrices.ReadAsync(services.GetRequiredService<PriceQueries>(), region, Month))!;
        return InfoPriceDocuments.Bulletin(services.GetRequiredService<ReferenceData>().RegionName(region)!, Month, published.Prices, published.PublishedAt,
            published.Revision, services.GetRequiredService<ResourceCatalogue>(), services.GetRequiredService<InfoPriceMethod>());
    }
}
