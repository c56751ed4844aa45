using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Cost.Tests.Web;

/// <summary>
/// Per-minute budgets on /api: an address that is not signed in, and each account on its own (429 with Retry-After,
/// the budget named). A system of its own, so that no other test spends its budget.
/// </summary>
[Trait("Store", "sqlite")] // the budgets sit in front of the store; the cluster pass has no more to show
public sealed class RequestRateLimitTests(RequestRateLimitTests.TightRatesFactory factory) : IClassFixture<RequestRateLimitTests.TightRatesFactory>
{
    [Fact]
    public async Task Calls_beyond_a_minutes_budget_are_429_with_retry_after_per_address_and_per_account()
    {
        // Signing in is an anonymous call too: two of the address's six.
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        var anonymous = factory.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add((await anonymous.GetAsync("/api/public/calendar?year=2026")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], answers);
        var refused = await anonymous.GetAsync("/api/public/calendar?year=2026");
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.Contains("每分钟最多 6 次", problem.Text("detail"), StringComparison.Ordinal);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);

        // Accounts are counted apart from the address and from each other.
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await consultant.GetAsync("/api/projects")).StatusCode);
        }

        var ninth = await consultant.GetAsync("/api/projects");
        Assert.Contains("此账号每分钟最多 8 次", (await ninth.ProblemAsync(HttpStatusCode.TooManyRequests, "too-many-requests")).Text("detail"),
            StringComparison.Ordinal);
        Assert.True(ninth.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/api/projects")).StatusCode);
        // Pages are not /api: still served.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/prices")).StatusCode);
    }

    public sealed class TightRatesFactory() : CostWebFactory(Directory.CreateTempSubdirectory("cost-rates-").FullName,
        new Dictionary<string, string> { ["Limits:AnonymousPerMinute"] = "6", ["Limits:AccountPerMinute"] = "8" }, ownsFolder: true, fromTemplate: true);
}

/// <summary>
/// Bodies over their endpoint's bound are 413 before they are read; a firm whose stored bill versions reach their quota
/// gets 409 naming it, and nothing is read or stored.
/// </summary>
[Trait("Store", "sqlite")] // every upload of the cluster pass runs the quota query on PostgreSQL
public sealed class RequestQuotaTests(RequestQuotaTests.SmallQuotaFactory factory) : IClassFixture<RequestQuotaTests.SmallQuotaFactory>
{
    [Fact]
    public async Task A_json_body_over_the_bound_is_413_before_anything_reads_it()
    {
        var factors = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"name":"f{{i}}","weight":0.001,"baseIndex":100,"currentIndex":101}"""));
        var body = new StringContent($$"""{"amount":1000000,"fixedWeight":0.2,"factors":[{{factors}}]}""", Encoding.UTF8, "application/json");
        Assert.True(body.Headers.ContentLength > 4096);

        var response = await factory.CreateClient().PostAsync("/api/indices/price-adjustment", body);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Contains("4,096", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("body", problem.GetProperty("errors")[0].Text("field"));
        // A form upload is not a JSON body: the workbook limit applies to it, not this bound.
        var consultant = await factory.ConsultantAsync();
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, (await consultant.UploadAsync("XA-2026-0001", Tenders.Sample)).StatusCode);
    }

    [Fact]
    public async Task An_upload_beyond_the_firms_version_quota_is_409_naming_it_and_stores_nothing()
    {
        var consultant = await factory.SignedInAsync("consultant2", "consultant2-demo");
        var code = $"Q-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "配额测试", region = "610113", projectType = "school", buildingArea = 8000 })).StatusCode);
        var before = await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_versions", new { });

        var response = await consultant.UploadAsync(code, Tenders.Sample);

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict, "boq-version-quota");
        Assert.Contains("Uploads:MaxBoqVersionsPerFirm", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_versions", new { }));
    }

    public sealed class SmallQuotaFactory() : CostWebFactory(Directory.CreateTempSubdirectory("cost-quota-").FullName,
        new Dictionary<string, string> { ["Limits:JsonBodyBytes"] = "4096", ["Uploads:MaxBoqVersionsPerFirm"] = "1" }, ownsFolder: true, fromTemplate: true);
}

/// <summary>A firm whose stored versions reach the byte quota: 413 naming it.</summary>
[Trait("Store", "sqlite")] // every upload of the cluster pass runs the quota query on PostgreSQL
public sealed class StorageQuotaTests(StorageQuotaTests.NoRoomFactory factory) : IClassFixture<StorageQuotaTests.NoRoomFactory>
{
    [Fact]
    public async Task An_upload_beyond_the_firms_storage_quota_is_413_naming_it_and_stores_nothing()
    {
        var consultant = await factory.ConsultantAsync();
        var before = await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_versions", new { });

        var response = await consultant.UploadAsync("XA-2026-0001", Tenders.Sample);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "boq-storage-quota");
        Assert.Contains("Uploads:MaxBoqStoredBytesPerFirm", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_versions", new { }));
    }

    public sealed class NoRoomFactory() : CostWebFactory(Directory.CreateTempSubdirectory("cost-room-").FullName,
        new Dictionary<string, string> { ["Uploads:MaxBoqStoredBytesPerFirm"] = "1" }, ownsFolder: true, fromTemplate: true);
}
