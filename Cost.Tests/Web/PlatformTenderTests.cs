using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cost.Tests.Domain.Credit;

namespace Cost.Tests.Web;

/// <summary>
/// Tenders registered by the trading platform: the compiling firm's consultant finds it and files it as any other, a
/// retry with the same facts is 200, other facts 409, bad fields 400 by name; new dates by PUT are audited; the OCDS
/// releases carry the tenderee as buyer and the agency as procuring entity, with the tender period.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class PlatformTenderTests(CostWebFactory factory)
{
    private const string Firm = "91610113MA6W8K3Q77";

    private static object Body(string code, string name = "西安市某区第三小学教学楼") => new
    {
        tenderCode = code, name, lot = "一标段",
        tenderee = new { name = "西安市某区教育局", creditCode = CreditBuilder.Code(30_000_001) },
        agency = new { name = "陕西某招标代理有限公司", creditCode = CreditBuilder.Code(30_000_002) },
        region = "610113", projectType = "school", buildingArea = 7200.5m, compilingFirm = Firm,
        publishAt = "2026-12-10T09:00:00+08:00", bidDeadline = "2027-01-08T09:30:00+08:00",
    };

    [Fact]
    public async Task A_registered_tender_is_filed_by_its_firm_and_its_tenderee_reaches_the_ocds_release()
    {
        var client = factory.CreateClient();
        var code = $"P-{Guid.NewGuid():N}"[..20];

        var created = await Tenders.PostAsync(client, "/exchange/v1/tenders", Body(code), "reg-" + code);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.JsonAsync();
        Assert.Equal("西安市某区教育局", answer.GetProperty("tenderee").Text("name"));
        Assert.Equal(HttpStatusCode.OK, (await Tenders.PostAsync(client, "/exchange/v1/tenders", Body(code), "reg-" + code)).StatusCode);
        await (await Tenders.PostAsync(client, "/exchange/v1/tenders", Body(code, "另一个名称"), "reg2-" + code)).ProblemAsync(HttpStatusCode.Conflict, "conflict");

        var consultant = await factory.ConsultantAsync();
        var list = await (await consultant.GetAsync("/api/projects")).JsonAsync();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.Text("tenderCode") == code);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.BureauAsync()).PostAsync($"/api/projects/{code}/file", null)).StatusCode);

        var release = (await ReleasesAsync(client)).Last(r => r.GetProperty("tender").Text("id") == code);
        Assert.Equal("西安市某区教育局", release.GetProperty("buyer").Text("name"));
        Assert.Equal("陕西某招标代理有限公司", release.GetProperty("tender").GetProperty("procuringEntity").Text("name"));
        Assert.Equal($"CN-USCC-{CreditBuilder.Code(30_000_001)}", release.GetProperty("buyer").Text("id"));
        Assert.Contains(release.GetProperty("parties").EnumerateArray(), p => p.Text("id") == $"CN-USCC-{CreditBuilder.Code(30_000_001)}"
            && p.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "buyer"));
        Assert.Equal(DateTimeOffset.Parse("2027-01-08T09:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
            release.GetProperty("tender").GetProperty("tenderPeriod").GetProperty("endDate").GetDateTimeOffset());
    }

    [Fact]
    public async Task New_dates_by_PUT_are_kept_and_audited()
    {
        var client = factory.CreateClient();
        var code = $"P-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await Tenders.PostAsync(client, "/exchange/v1/tenders", Body(code), "reg-" + code)).StatusCode);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { bidDeadline = "2027-01-15T09:30:00+08:00" });

        var moved = await client.SendAsync(new PlatformSigner().Sign(HttpMethod.Put, $"/exchange/v1/tenders/{code}", body));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var answer = await moved.JsonAsync();
        Assert.Equal(DateTimeOffset.Parse("2027-01-15T09:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture), answer.GetProperty("bidDeadline").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2026-12-10T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), answer.GetProperty("publishAt").GetDateTimeOffset());
        Assert.Equal(1, await Tenders.CountAsync(factory, "SELECT count(*) FROM audit_log WHERE action = 'tender.rescheduled' AND subject = @code", new { code }));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(new PlatformSigner().Sign(HttpMethod.Put, "/exchange/v1/tenders/NO-SUCH-TENDER", body))).StatusCode);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_registered()
    {
        var client = factory.CreateClient();
        var body = new
        {
            tenderCode = "P-BAD-1", name = "某项目", tenderee = new { name = "某局", creditCode = "123" }, region = "999999", projectType = "school",
            buildingArea = "很大", compilingFirm = Firm, publishAt = "2026-12-10", bidDeadline = "2026-12-01T09:00:00+08:00",
        };

        var problem = await (await Tenders.PostAsync(client, "/exchange/v1/tenders", body, "bad-1")).ProblemAsync(HttpStatusCode.BadRequest, "validation");

        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.Text("field")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "tenderee.creditCode", "region", "buildingArea", "publishAt" }, fields);
        Assert.Equal(0, await Tenders.CountAsync(factory, "SELECT count(*) FROM tender_projects WHERE tender_code = 'P-BAD-1'", new { }));
        Assert.Equal(HttpStatusCode.BadRequest, (await Tenders.PostAsync(client, "/exchange/v1/tenders", new { tenderCode = "P-BAD-2" }, null)).StatusCode);
    }

    private static async Task<List<JsonElement>> ReleasesAsync(HttpClient client)
    {
        var all = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var response = await client.SendAsync(new PlatformSigner().Get(after is null ? "/exchange/v1/ocds/releases?limit=500" : $"/exchange/v1/ocds/releases?after={after}&limit=500"));
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                return all;
            }

            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            OcdsPackage.AssertValid(page);
            all.AddRange(page.GetProperty("releases").EnumerateArray());
            after = page.Text("next");
        }
    }
}
