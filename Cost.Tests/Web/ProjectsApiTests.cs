using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cost.Samples;
using Cost.Silos.Hosting;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

[Collection(WebSuite.Name)]
public sealed class ProjectsApiTests(CostWebFactory factory)
{
    private static readonly byte[] GoodWorkbook = Workbook(SampleWorkbooks.Write);
    private static readonly byte[] WorkbookWithErrors = Workbook(SampleWorkbooks.WriteWithErrors);

    [Fact]
    public async Task A_workbook_uploads_is_submitted_filed_and_read_by_the_platform()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);

        var upload = await consultant.UploadAsync(code, GoodWorkbook, SampleWorkbooks.FileName);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var price = await upload.JsonAsync();
        Assert.Equal(1, price.GetProperty("version").GetInt32());
        Assert.Equal(SampleBoq.Create().LineCount, price.GetProperty("lineCount").GetInt32());
        Assert.DoesNotContain(price.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        var total = price.GetProperty("total").GetDecimal();
        Assert.Equal(total, price.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("total").GetDecimal()));

        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var bureau = await factory.BureauAsync();
        var filed = await bureau.PostAsync($"/api/projects/{code}/file", null);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.Equal("filed", (await filed.JsonAsync()).GetProperty("status").GetString());

        var platform = await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/tenders/{code}/ceiling-price"));
        Assert.Equal(HttpStatusCode.OK, platform.StatusCode);
        Assert.Equal(total, (await platform.JsonAsync()).GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Filing_is_refused_while_error_findings_remain()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);

        var upload = await consultant.UploadAsync(code, WorkbookWithErrors);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var findings = (await upload.JsonAsync()).GetProperty("findings").EnumerateArray().ToList();
        var amount = Assert.Single(findings, f => f.TryGetProperty("itemCode", out var c) && c.GetString() == "010502001001");
        Assert.Equal("error", amount.GetProperty("severity").GetString());
        Assert.Equal("H", amount.GetProperty("column").GetString());
        Assert.Equal(21, amount.GetProperty("row").GetInt32());
        Assert.Equal(191628.10m, amount.GetProperty("stated").GetDecimal());
        Assert.Equal(191528.10m, amount.GetProperty("expected").GetDecimal());

        var submit = await consultant.PostAsync($"/api/projects/{code}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Equal("application/problem+json", submit.Content.Headers.ContentType?.MediaType);
        var file = await (await factory.BureauAsync()).PostAsync($"/api/projects/{code}/file", null);
        Assert.Equal(HttpStatusCode.Conflict, file.StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_422_and_nothing_is_stored()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, GoodWorkbook)).StatusCode);

        var refused = await consultant.UploadAsync(code, Encoding.UTF8.GetBytes("项目编码,工程量\n010101001001,12"), "清单.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await refused.JsonAsync()).GetProperty("errors").EnumerateArray());
        var current = await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync();
        Assert.Equal(1, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_upload_without_a_file_is_422()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);
        var response = await consultant.PostAsync($"/api/projects/{code}/boq", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Another_firms_consultant_gets_404()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, GoodWorkbook)).StatusCode);

        var other = await factory.OtherFirmConsultantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/projects/{code}/ceiling-price")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.UploadAsync(code, GoodWorkbook)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task Nobody_without_a_role_sees_a_ceiling_price()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/projects/XA-2026-0001/ceiling-price")).StatusCode);
    }

    [Fact]
    public async Task A_consultant_cannot_file_and_the_bureau_cannot_submit()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.BureauAsync()).PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task A_filed_version_is_never_replaced_by_an_upload()
    {
        var consultant = await factory.ConsultantAsync();
        var response = await consultant.UploadAsync("XA-2026-0001", GoodWorkbook);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_tender_code_is_registered_once()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await CreateProjectAsync(consultant);
        var again = await consultant.PostAsJsonAsync("/api/projects", new { tenderCode = code, name = "重复", region = "610100", projectType = "school" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Bad_project_fields_are_400_naming_each_field()
    {
        var consultant = await factory.ConsultantAsync();
        var response = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = "bad code!", name = "", region = "999999", projectType = "castle", buildingArea = -5, ruleSet = "GB-1999" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "tenderCode", "name", "region", "projectType", "buildingArea", "ruleSet" }, fields);
    }

    [Fact]
    public async Task Wrong_credentials_are_401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "bureau", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Uploads_at_once_to_one_tender_land_one_at_a_time_and_the_others_get_409()
    {
        var consultant = await factory.ConsultantAsync();
        byte[][] workbooks = [GoodWorkbook, WorkbookWithErrors, Tenders.Repriced(1.01m), Tenders.Repriced(1.02m)];
        var conflicts = 0;
        // Whether requests sent together overlap is up to the scheduler: a burst may run one after the other on a loaded
        // machine. Every burst must keep the invariant; a few bursts are enough to see the 409 of an overlap.
        for (var burst = 0; burst < 5 && conflicts == 0; burst++)
        {
            var code = await CreateProjectAsync(consultant);
            var responses = await Task.WhenAll(workbooks.Select(w => consultant.UploadAsync(code, w)));

            Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
            conflicts += responses.Count(r => r.StatusCode == HttpStatusCode.Conflict);
            // Every upload that answered 200 is exactly one stored version, with that upload's own file: no lost update, no mixed BoQ.
            var landed = new Dictionary<long, string>();
            for (var i = 0; i < workbooks.Length; i++)
            {
                if (responses[i].StatusCode == HttpStatusCode.OK)
                {
                    landed.Add((await responses[i].JsonAsync()).GetProperty("version").GetInt32(), Convert.ToHexStringLower(SHA256.HashData(workbooks[i])));
                }
            }

            await using var connection = await factory.Services.GetRequiredService<CostDatabase>().OpenAsync();
            var stored = (await connection.QueryAsync<(long Version, string Sha)>(
                "SELECT version, file_sha256 FROM tender_versions WHERE tender_code = @code ORDER BY version", new { code })).ToList();
            Assert.Equal(landed.OrderBy(l => l.Key).Select(l => (l.Key, l.Value)), stored);
        }

        Assert.True(conflicts > 0, "五轮同时上传都没有发生冲突（409）");
    }

    private static Task<string> CreateProjectAsync(HttpClient consultant) => Tenders.RegisterAsync(consultant);

    private static byte[] Workbook(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
