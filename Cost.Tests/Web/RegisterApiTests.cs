using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>
/// The credit register others read: page by page with filters, each firm's standing and public records as of a date, and
/// the trading platform's signed "changed since" read.
/// </summary>
public sealed class RegisterApiTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    [Fact]
    public async Task The_register_pages_filters_and_answers_as_of_a_date()
    {
        var client = factory.CreateClient();
        var all = await (await client.GetAsync("/api/public/firms?pageSize=500")).JsonAsync();
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 5);

        var second = await (await client.GetAsync("/api/public/firms?page=2&pageSize=2")).JsonAsync();
        Assert.Equal((total, 2, 2), (second.GetProperty("total").GetInt32(), second.GetProperty("page").GetInt32(), second.GetProperty("pageSize").GetInt32()));
        Assert.Equal(Names(all).Skip(2).Take(2), Names(second));

        var graded = Names(await (await client.GetAsync("/api/public/firms?grade=a&pageSize=500")).JsonAsync());
        Assert.All(all.GetProperty("items").EnumerateArray().Where(f => graded.Contains(f.Text("name")!)), f => Assert.Equal("A", f.Text("grade")));
        var yanta = await (await client.GetAsync("/api/public/firms?region=610113&pageSize=500")).JsonAsync();
        Assert.All(yanta.GetProperty("items").EnumerateArray(), f => Assert.Equal("610113", f.Text("creditCode")![2..8]));
        Assert.Contains("陕西秦川工程造价咨询有限公司", Names(yanta));

        var before = await (await client.GetAsync("/api/public/firms?q=91610113MA6W8K3Q77&asOf=2000-01-01")).JsonAsync();
        var firm = Assert.Single(before.GetProperty("items").EnumerateArray());
        Assert.Equal(0, firm.GetProperty("records").GetArrayLength());
        Assert.Equal("2000-01-01", before.Text("asOf"));

        var bad = await client.GetAsync("/api/public/firms?page=0&pageSize=9999&grade=Z&region=61&changedSince=yesterday&asOf=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = (await bad.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.Text("field")).ToHashSet();
        Assert.Equal(new HashSet<string?> { "page", "pageSize", "grade", "region", "changedSince", "asOf" }, fields);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/public/firms.xlsx?grade=A")).StatusCode);
    }

    [Fact]
    public async Task The_platform_reads_through_the_signed_endpoint_only_the_firms_changed_since_a_time()
    {
        var platform = factory.CreateClient();
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var mark = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond)).AddMilliseconds(-1);
        var bureau = await factory.BureauAsync();
        var recorded = await bureau.PostAsJsonAsync("/api/firms/91610104MA6U5R7E5X/records",
            new { ruleCode = "G01", occurredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", null), note = "变更读取测试" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var path = $"/exchange/v1/firms?changedSince={Uri.EscapeDataString(mark.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", null))}";
        var changed = await platform.SendAsync(new PlatformSigner().Get(path));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        // Other firms may change meanwhile (the seed's credit events are applied in the background): every firm answered
        // changed at or after the mark, and the one just recorded is among them (its record only proposed, not yet public).
        var items = (await changed.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, f => f.Text("name") == "西安大唐工程咨询有限责任公司" && f.GetProperty("records").EnumerateArray().All(r => r.Text("note") != "变更读取测试"));
        Assert.All(items, f => Assert.True(f.GetProperty("changedAt").GetDateTimeOffset() >= mark));
        var all = (await (await platform.SendAsync(new PlatformSigner().Get("/exchange/v1/firms?pageSize=500"))).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.All(all.Where(f => f.GetProperty("changedAt").GetDateTimeOffset() < mark), f => Assert.DoesNotContain(f.Text("creditCode"), items.Select(i => i.Text("creditCode"))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.GetAsync(path)).StatusCode);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", null);
        Assert.Equal(0, (await (await platform.SendAsync(new PlatformSigner().Get($"/exchange/v1/firms?changedSince={tomorrow}"))).JsonAsync()).GetProperty("total").GetInt32());
    }

    private static List<string> Names(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(f => f.Text("name")!)];
}
