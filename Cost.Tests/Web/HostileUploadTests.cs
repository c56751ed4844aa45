using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cost.Domain;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Web;

/// <summary>
/// The corpus of hostile workbooks through both upload paths of the API — a bill of quantities and a
/// price survey: each is 422 problem+json with a Chinese message naming what is wrong and where, and
/// nothing is stored (the store's counts are the same before and after).
/// </summary>
[Collection(WebSuite.Name)]
public sealed class HostileUploadTests(CostWebFactory factory)
{
    private static readonly string ThisMonth = YearMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))).ToString();

    [Theory]
    [MemberData(nameof(HostileWorkbooks.Names), MemberType = typeof(HostileWorkbooks), DisableDiscoveryEnumeration = true)]
    public async Task A_hostile_bill_of_quantities_is_422_and_stores_nothing(string name)
    {
        var hostile = HostileWorkbooks.Boq(name);
        var consultant = await factory.ConsultantAsync();
        var code = $"H-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "恶意文件测试", region = "610113", projectType = "school", buildingArea = 8000 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        var before = await CountsAsync();

        var response = await consultant.UploadAsync(code, hostile.Content);

        await IsRefusedNamingAsync(response, hostile);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(1, (await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(HostileWorkbooks.Names), MemberType = typeof(HostileWorkbooks), DisableDiscoveryEnumeration = true)]
    public async Task A_hostile_price_survey_is_422_and_stores_nothing(string name)
    {
        var hostile = HostileWorkbooks.Survey(name);
        var consultant = await factory.ConsultantAsync();
        var before = await CountsAsync();

        var file = new ByteArrayContent(hostile.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var response = await consultant.PostAsync($"/api/price-surveys/610100/{ThisMonth}", new MultipartFormDataContent { { file, "file", "调查表.xlsx" } });

        await IsRefusedNamingAsync(response, hostile);
        Assert.Equal(before, await CountsAsync());
    }

    private static async Task IsRefusedNamingAsync(HttpResponseMessage response, HostileWorkbooks.Case hostile)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Contains(hostile.Says, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(hostile.Sheet, Text(problem, "sheet"));
        Assert.Equal(hostile.Row?.ToString(CultureInfo.InvariantCulture), Text(problem, "row"));
        Assert.Equal(hostile.Column, Text(problem, "column"));
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) ? value.ToString() : null;

    /// <summary>Rows of every table an upload could write to.</summary>
    private async Task<(long Versions, long Uploads, long Observations)> CountsAsync() =>
        (await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_versions", new { }),
         await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM price_uploads", new { }),
         await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM price_observations", new { }));
}
