using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cost.Samples;

namespace Cost.Tests.Web;

/// <summary>
/// Cross-site request forgery (OWASP CSRF Prevention Cheat Sheet): whatever a browser sends with its
/// log-in cookie — a page's form or a POST to the JSON API — is refused without the antiforgery token
/// of the pages, and changes nothing; bearer-token calls need no token.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class AntiforgeryTests(CostWebFactory factory)
{
    [Fact]
    public async Task A_cookie_post_to_the_api_without_the_token_is_refused_and_stores_nothing()
    {
        var code = await ProjectWithOneVersionAsync();
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");

        var upload = await browser.SendAsync(Upload(code));
        var submit = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{code}/submit"));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType?.MediaType);
        Assert.Contains("防伪令牌", (await upload.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var current = await (await (await factory.ConsultantAsync()).GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync();
        Assert.Equal(1, current.GetProperty("version").GetInt32());
        Assert.Equal("draft", current.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cookie_post_to_the_api_with_the_pages_token_is_taken()
    {
        var code = await ProjectWithOneVersionAsync();
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");
        var request = Upload(code);
        request.Headers.Add("RequestVerificationToken", browser.Token);

        var upload = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(2, (await upload.JsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_page_form_posted_without_the_token_is_refused()
    {
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");
        var anonymous = await BrowserSession.AnonymousAsync(factory);
        var project = new Dictionary<string, string>
        {
            ["TenderCode"] = $"CSRF-{Guid.NewGuid():N}"[..20], ["Name"] = "伪造请求登记的项目", ["Region"] = "610113", ["ProjectType"] = "school",
        };

        var create = await browser.PostFormAsync("/projects", project, withToken: false);
        var signIn = await anonymous.PostFormAsync("/login", new Dictionary<string, string> { ["userName"] = "consultant", ["password"] = "consultant-demo" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ConsultantAsync()).GetAsync($"/api/projects/{project["TenderCode"]}/ceiling-price")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie") && signIn.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("cost.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_bearer_post_needs_no_token()
    {
        var code = await ProjectWithOneVersionAsync();
        var consultant = await factory.ConsultantAsync();

        var upload = await consultant.SendAsync(Upload(code));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
    }

    private async Task<string> ProjectWithOneVersionAsync()
    {
        var consultant = await factory.ConsultantAsync();
        var code = $"CSRF-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "防伪测试学校", region = "610113", projectType = "school", buildingArea = 8000 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        return code;
    }

    private static HttpRequestMessage Upload(string code)
    {
        var file = new ByteArrayContent(Tenders.Sample);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{code}/boq")
        {
            Content = new MultipartFormDataContent { { file, "file", SampleWorkbooks.FileName } },
        };
    }
}
