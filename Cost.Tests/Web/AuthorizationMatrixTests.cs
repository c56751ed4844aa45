using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Who may call what (OWASP ASVS 4.0 V4.1.3, deny by default; V4.2.1, no access to another firm's
/// records). Every endpoint the app maps — each API endpoint for each of its HTTP methods, each page for
/// GET and for each of its POST handlers — is called as each kind of caller with real route values
/// (the sample tender XA-2026-0001 of firm 91610113MA6W8K3Q77) and must answer what the table says. An
/// endpoint without a row fails the test by name: a new endpoint cannot ship before someone decides who
/// may call it. Runs on its own store, because the bureau's calls change it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(CostWebFactory app) : IClassFixture<CostWebFactory>
{
    private const string Ok = "200", BadRequest = "400", Unauthorized = "401", Forbidden = "403", NotFound = "404", Conflict = "409",
        Unprocessable = "422";

    /// <summary>A page's answer to someone not signed in: to the log-in page.</summary>
    private const string ToLogin = "302 /login";

    /// <summary>A page's answer to a signed-in role that may not: to the 403 page.</summary>
    private const string ToForbidden = "302 /forbidden";

    /// <summary>Where signing out leads.</summary>
    private const string ToHome = "302 /";

    /// <summary>A bureau step on the price review: done, then back to the review page (post-redirect-get).</summary>
    private const string ToReview = "302 /prices/review";

    /// <summary>A step on a project page: done or refused, then back to the project page with the outcome (post-redirect-get).</summary>
    private const string ToProject = "302 /projects/XA-2026-0001";

    /// <summary>The route values of the sample data, also sent as form fields to page handlers.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["tenderCode"] = "XA-2026-0001", ["creditCode"] = "91610113MA6W8K3Q77", ["recordId"] = "2", ["complaintId"] = "C-0000",
        ["region"] = "610100", ["period"] = "2026-10", ["resourceCode"] = "01010201", ["indexCode"] = "steel", ["documentName"] = "v1",
        ["code"] = "01010201", ["spec"] = "HRB400E Φ12", ["filingNumber"] = "西造价备〔1999〕0001号",
        ["registrationNumber"] = "X0000000", ["userName"] = "nobody-x", ["id"] = "999999", ["date"] = "1999-01-01", ["sha256"] = new string('0', 64),
    };

    /// <summary>The callers, in the order each endpoint is called: those that may change something last.</summary>
    private enum Caller
    {
        Anonymous,
        Platform,
        OtherFirm,
        Owner,
        Bureau,
    }

    /// <summary>
    /// The expected answer of each endpoint to: no one signed in; the platform (an HMAC-signed exchange
    /// request); a consultant of another firm (consultant2); a consultant of the firm that owns the
    /// sample tender (consultant); the bureau. API callers use bearer tokens, page callers cookies and
    /// the form's antiforgery token; a 302 names where it leads. Bodies are empty JSON objects, forms of
    /// the sample values and uploads without a file, so a caller who may gets the answer to bad input
    /// (400, 409, 422; a page shows it with 200) — only the bureau's publishing changes anything.
    /// </summary>
    private static readonly Dictionary<string, Expected> Table = new(StringComparer.Ordinal)
    {
        // Columns: Anonymous, Platform, OtherFirm, Owner, Bureau.
        // Pages: public ones answer everybody; the others send the signed-out to /login and a role that
        // may not to /forbidden. The platform sends no cookie and no antiforgery token, so a public
        // page's form refuses it (400).
        ["GET /"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /account/password"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["GET /audit"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /credit"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /credit/appeals"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /exchange/deliveries"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /firms"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /firms/{creditCode}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /forbidden"] = new(Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["GET /status/{code:int}"] = new(NotFound, NotFound, NotFound, NotFound, NotFound),
        ["GET /indicators"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /indices"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /indices/adjustment"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /indices/information-adjustment"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /indices/{indexCode}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /login"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /verify/{filingNumber?}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["POST /verify/{filingNumber?}?handler=Check"] = new(Ok, BadRequest, Ok, Ok, Ok),
        ["GET /logout"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /accounts"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /accounts"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /accounts"),
        ["POST /accounts?handler=Status"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /accounts"),
        ["POST /accounts?handler=Reset"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /accounts"),
        ["POST /accounts?handler=Role"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /accounts"),
        ["GET /register"] = new(Ok, Ok, Ok, Ok, Ok),
        ["POST /register"] = new(Ok, BadRequest, Ok, Ok, Ok),
        ["GET /credit/restrictions"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /credit/restrictions?handler=Add"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /credit/restrictions"),
        ["POST /credit/restrictions?handler=Lift"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /credit/restrictions"),
        ["GET /prices"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /prices/history"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /prices/review"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /prices/upload"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["GET /projects"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["GET /projects/{tenderCode}"] = new(ToLogin, ToLogin, NotFound, Ok, Ok),
        ["POST /account/password"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["POST /credit/appeals"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["GET /calendar"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /calendar?handler=Save"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /calendar"),
        ["POST /calendar?handler=Remove"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, "302 /calendar"),
        ["POST /credit?handler=Recompute"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /credit?handler=Register"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /credit?handler=Roster"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, Ok),
        ["POST /firms/{creditCode}?handler=Appeal"] = new(ToLogin, BadRequest, Ok, Ok, ToForbidden),
        ["POST /firms/{creditCode}?handler=Record"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, Ok),
        // An engineer's page: the sample number is on no register and has no file, so it is 404 to all who may.
        ["GET /engineers/{registrationNumber}"] = new(NotFound, NotFound, NotFound, NotFound, NotFound),
        ["POST /engineers/{registrationNumber}?handler=Record"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, NotFound),
        ["POST /engineers/{registrationNumber}?handler=Notify"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, NotFound),
        ["POST /engineers/{registrationNumber}?handler=Decide"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, NotFound),
        ["POST /engineers/{registrationNumber}?handler=State"] = new(ToLogin, BadRequest, NotFound, NotFound, ToForbidden),
        ["POST /firms/{creditCode}?handler=Notify"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, Ok),
        ["POST /firms/{creditCode}?handler=Decide"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, Ok),
        ["POST /firms/{creditCode}?handler=RepairDecision"] = new(ToLogin, BadRequest, ToForbidden, ToForbidden, Ok),
        ["POST /firms/{creditCode}?handler=State"] = new(ToLogin, BadRequest, Ok, Ok, ToForbidden),
        ["POST /firms/{creditCode}?handler=Repair"] = new(ToLogin, BadRequest, Ok, Ok, ToForbidden),
        ["POST /firms/{creditCode}?handler=Engineer"] = new(ToLogin, BadRequest, Ok, Ok, Ok),
        ["POST /firms/{creditCode}?handler=RemoveEngineer"] = new(ToLogin, BadRequest, Ok, Ok, Ok),
        ["POST /firms/{creditCode}?handler=EngineerRoster"] = new(ToLogin, BadRequest, Ok, Ok, Ok),
        ["POST /login"] = new(Ok, BadRequest, Ok, Ok, Ok),
        ["POST /logout"] = new(ToHome, BadRequest, ToHome, ToHome, ToHome),
        ["POST /prices/review?handler=Close"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToReview),
        ["POST /prices/review?handler=Override"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToReview),
        ["POST /prices/review?handler=Publish"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToReview),
        ["POST /prices/upload"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["POST /projects"] = new(ToLogin, ToLogin, Ok, Ok, Ok),
        ["POST /projects/{tenderCode}?handler=Complaint"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToProject),
        ["POST /projects/{tenderCode}?handler=File"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToProject),
        ["POST /projects/{tenderCode}?handler=Publish"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToProject),
        ["POST /projects/{tenderCode}?handler=Return"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToProject),
        ["POST /projects/{tenderCode}?handler=Review"] = new(ToLogin, ToLogin, ToForbidden, ToForbidden, ToProject),
        ["POST /projects/{tenderCode}?handler=Submit"] = new(ToLogin, ToLogin, NotFound, ToProject, ToForbidden),
        ["POST /projects/{tenderCode}?handler=Upload"] = new(ToLogin, ToLogin, NotFound, ToProject, ToProject),

        // The public API, the API reference and the health check (no details): everybody.
        ["GET /api-docs/favicon.svg"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api-docs/openapi/{documentName}.json"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api-docs/scalar.aspnetcore.js"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api-docs/scalar.js"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api-docs/{documentName?}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/credit-rules"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/firms"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/firms.xlsx"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/firms/{creditCode}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/indicators"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/tender-price-index"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/indices/{period}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/indices/{period}/bulletin.pdf"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/indices/{period}/indices.xlsx"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/info-prices/{region}/{period}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/info-prices/{region}/{period}/bulletin.pdf"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/info-prices/{region}/{period}/prices.xlsx"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/info-prices/{region}/{period}/revisions"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/price-history/{region}/{resourceCode}"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /api/public/resources"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /openapi/{documentName}.json"] = new(Ok, Ok, Ok, Ok, Ok),
        ["GET /health"] = new(Ok, Ok, Ok, Ok, Ok),
        ["POST /api/auth/token"] = new(Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized),
        ["POST /api/indices/price-adjustment"] = new(BadRequest, BadRequest, BadRequest, BadRequest, BadRequest),
        ["POST /api/indices/information-adjustment"] = new(BadRequest, BadRequest, BadRequest, BadRequest, BadRequest),

        // The JSON API: another firm's tender or credit file is 404 (docs/http-api.md), a role that may not is 403.
        ["POST /api/account/password"] = new(Unauthorized, Unauthorized, BadRequest, BadRequest, BadRequest),
        ["POST /api/accounts/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["GET /api/accounts/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["PUT /api/accounts/{userName}"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/accounts/{userName}/disable"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, NotFound),
        ["POST /api/accounts/{userName}/enable"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, NotFound),
        ["POST /api/accounts/{userName}/reset-password"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, NotFound),
        ["GET /api/restrictions/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["POST /api/restrictions/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/restrictions/{id:long}/lift"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/register"] = new(BadRequest, BadRequest, BadRequest, BadRequest, BadRequest),
        ["GET /api/audit/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["GET /api/audit/verify"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["GET /api/firms/{creditCode}/file"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["GET /api/price-periods/{region}/{period}/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["GET /api/public/filings/{filingNumber}"] = new(NotFound, NotFound, NotFound, NotFound, NotFound),
        ["GET /api/projects/"] = new(Unauthorized, Unauthorized, Ok, Ok, Ok),
        ["GET /api/projects/{tenderCode}/ceiling-price"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["GET /api/projects/{tenderCode}/complaints"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["GET /api/projects/{tenderCode}/findings.xlsx"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["GET /api/projects/{tenderCode}/filing-receipt.pdf"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["GET /api/rule-sets"] = new(Unauthorized, Unauthorized, Ok, Ok, Ok),
        ["POST /api/firms/"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/firms/roster"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Unprocessable),
        ["GET /api/firms/{creditCode}/engineers"] = new(Unauthorized, Unauthorized, NotFound, Ok, Ok),
        ["POST /api/firms/{creditCode}/engineers"] = new(Unauthorized, Unauthorized, NotFound, BadRequest, BadRequest),
        ["DELETE /api/firms/{creditCode}/engineers/{registrationNumber}"] = new(Unauthorized, Unauthorized, NotFound, NotFound, NotFound),
        ["POST /api/firms/{creditCode}/engineers/roster"] = new(Unauthorized, Unauthorized, NotFound, Unprocessable, Unprocessable),
        ["POST /api/firms/{creditCode}/records"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/appeal"] = new(Unauthorized, Unauthorized, NotFound, BadRequest, Forbidden),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/appeal/decision"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/notice"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Conflict),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/statement"] = new(Unauthorized, Unauthorized, BadRequest, BadRequest, Forbidden),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/decision"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/repair"] = new(Unauthorized, Unauthorized, BadRequest, BadRequest, Forbidden),
        ["POST /api/firms/{creditCode}/records/{recordId:int}/repair/decision"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["GET /api/firms/{creditCode}/attachments/{sha256}"] = new(Unauthorized, Unauthorized, NotFound, NotFound, NotFound),
        ["GET /api/public/engineers/{registrationNumber}"] = new(NotFound, NotFound, NotFound, NotFound, NotFound),
        ["GET /api/engineers/{registrationNumber}/file"] = new(Unauthorized, Unauthorized, NotFound, NotFound, NotFound),
        ["POST /api/engineers/{registrationNumber}/records"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/engineers/{registrationNumber}/records/{recordId:int}/notice"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, NotFound),
        ["POST /api/engineers/{registrationNumber}/records/{recordId:int}/statement"] = new(Unauthorized, Unauthorized, BadRequest, BadRequest, Forbidden),
        ["POST /api/engineers/{registrationNumber}/records/{recordId:int}/decision"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["GET /api/engineers/{registrationNumber}/attachments/{sha256}"] = new(Unauthorized, Unauthorized, NotFound, NotFound, NotFound),
        ["GET /api/public/calendar"] = new(Ok, Ok, Ok, Ok, Ok),
        ["PUT /api/calendar/{date}"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["DELETE /api/calendar/{date}"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, NotFound),
        ["POST /api/indices/calculate"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/price-periods/{region}/{period}/close"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Conflict),
        ["POST /api/price-periods/{region}/{period}/overrides"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/price-periods/{region}/{period}/publish"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["POST /api/price-surveys/{region}/{period}"] = new(Unauthorized, Unauthorized, Unprocessable, Unprocessable, Unprocessable),
        ["POST /api/projects/"] = new(Unauthorized, Unauthorized, BadRequest, BadRequest, BadRequest),
        ["POST /api/projects/{tenderCode}/boq"] = new(Unauthorized, Unauthorized, NotFound, Unprocessable, Unprocessable),
        ["POST /api/projects/{tenderCode}/complaints"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/projects/{tenderCode}/complaints/{complaintId}/review"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Unprocessable),
        ["POST /api/projects/{tenderCode}/file"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Conflict),
        ["POST /api/projects/{tenderCode}/publish"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, Ok),
        ["POST /api/projects/{tenderCode}/return"] = new(Unauthorized, Unauthorized, Forbidden, Forbidden, BadRequest),
        ["POST /api/projects/{tenderCode}/submit"] = new(Unauthorized, Unauthorized, NotFound, Conflict, Forbidden),

        // The exchange: only the platform's signed requests (docs/exchange-api.md).
        ["GET /exchange/v1/ceiling-prices"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["GET /exchange/v1/indices/{period}"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["GET /exchange/v1/info-prices/{region}/{period}"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["GET /exchange/v1/ocds/releases"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["GET /exchange/v1/firms"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["GET /exchange/v1/tenders/{tenderCode}/ceiling-price"] = new(Unauthorized, Ok, Unauthorized, Unauthorized, Unauthorized),
        ["POST /exchange/v1/tenders"] = new(Unauthorized, BadRequest, Unauthorized, Unauthorized, Unauthorized),
        ["PUT /exchange/v1/tenders/{tenderCode}"] = new(Unauthorized, NotFound, Unauthorized, Unauthorized, Unauthorized),
        ["POST /exchange/v1/tenders/{tenderCode}/awards"] = new(Unauthorized, BadRequest, Unauthorized, Unauthorized, Unauthorized),
        ["POST /exchange/v1/tenders/{tenderCode}/bid-openings"] = new(Unauthorized, BadRequest, Unauthorized, Unauthorized, Unauthorized),
        ["POST /exchange/v1/tenders/{tenderCode}/complaints"] = new(Unauthorized, BadRequest, Unauthorized, Unauthorized, Unauthorized),
    };

    [Fact]
    public async Task Every_endpoint_has_a_row_in_the_table()
    {
        var keys = (await CallsAsync()).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var missing = keys.Where(k => !Table.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = Table.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "这些端点在授权表中没有条目，请写明每种调用者应得的状态：\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "授权表中这些条目已没有对应的端点：\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_table_says()
    {
        var clients = await ClientsAsync();
        var wrong = new List<string>();
        // Log-out ends the caller's sessions everywhere (cookies and tokens): it goes last.
        foreach (var call in (await CallsAsync()).Where(c => Table.ContainsKey(c.Key)).OrderBy(c => c.Key == "POST /logout").ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var expected = Table[call.Key];
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var actual = await AnswerAsync(call, caller, clients);
                if (actual != expected.For(caller))
                {
                    wrong.Add($"{call.Key} 作为 {caller}：应为 {expected.For(caller)}，实为 {actual}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private sealed record Expected(string Anonymous, string Platform, string OtherFirm, string Owner, string Bureau)
    {
        public string For(Caller caller) => caller switch
        {
            Caller.Anonymous => Anonymous,
            Caller.Platform => Platform,
            Caller.OtherFirm => OtherFirm,
            Caller.Owner => Owner,
            _ => Bureau,
        };
    }

    /// <summary>One way in: "METHOD /route" (pages: "POST /route?handler=Name"), and what its body is.</summary>
    private sealed record Call(string Key, string Method, string Route, bool IsPage, string? Handler, bool Multipart, bool Json);

    private sealed record Clients(HttpClient Plain, IReadOnlyDictionary<Caller, HttpClient> Bearer, IReadOnlyDictionary<Caller, BrowserSession> Browser);

    private async Task<IReadOnlyList<Call>> CallsAsync()
    {
        var services = app.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var calls = new List<Call>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                calls.Add(new($"GET {route}", "GET", route, true, null, false, false));
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                calls.AddRange(compiled.HandlerMethods.Where(h => !h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)).Select(h =>
                    new Call($"{h.HttpMethod.ToUpperInvariant()} {route}{(h.Name is null ? "" : "?handler=" + h.Name)}",
                        h.HttpMethod.ToUpperInvariant(), route, true, h.Name, false, false)));
                continue;
            }

            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                calls.Add(new($"{method} {route}", method, route, false, null,
                    accepts.Contains("multipart/form-data"), accepts.Any(a => a.Contains("json", StringComparison.Ordinal))));
            }
        }

        return [.. calls.DistinctBy(c => c.Key)];
    }

    private async Task<Clients> ClientsAsync()
    {
        var accounts = new Dictionary<Caller, (string User, string Password)>
        {
            [Caller.OtherFirm] = ("consultant2", "consultant2-demo"),
            [Caller.Owner] = ("consultant", "consultant-demo"),
            [Caller.Bureau] = ("bureau", "bureau-demo"),
        };
        var bearer = new Dictionary<Caller, HttpClient>();
        var browser = new Dictionary<Caller, BrowserSession> { [Caller.Anonymous] = await BrowserSession.AnonymousAsync(app) };
        foreach (var (caller, (user, password)) in accounts)
        {
            bearer[caller] = await Plain().SignInAsync(user, password);
            browser[caller] = await BrowserSession.SignedInAsync(app, user, password);
        }

        return new Clients(Plain(), bearer, browser);
    }

    private HttpClient Plain() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>
    /// One call: pages are called by the browser session of the caller (a GET with the sample values as
    /// its query, a POST with them as its form), the API with the caller's bearer token, and the
    /// platform signs whatever it sends.
    /// </summary>
    private static async Task<string> AnswerAsync(Call call, Caller caller, Clients clients)
    {
        var path = Path(call.Route) + (call.IsPage
            ? call.Method == "GET" ? "?" + string.Join("&", Values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}")) : $"?handler={call.Handler}"
            : "");
        HttpContent? Body() => call switch
        {
            { IsPage: true, Method: not "GET" } => new FormUrlEncodedContent(Values),
            { Multipart: true } => new MultipartFormDataContent { { new StringContent("x"), "note" } },
            { Json: true } => Json("{}"),
            _ => null,
        };

        var response = caller switch
        {
            Caller.Platform => await SignedAsync(clients.Plain, call.Method, path, Body()),
            _ when call.IsPage && call.Method == "GET" => await clients.Browser[caller].GetAsync(path),
            _ when call.IsPage => await clients.Browser[caller].PostFormAsync(path, Values),
            Caller.Anonymous => await clients.Plain.SendAsync(new HttpRequestMessage(new HttpMethod(call.Method), path) { Content = Body() }),
            _ => await clients.Bearer[caller].SendAsync(new HttpRequestMessage(new HttpMethod(call.Method), path) { Content = Body() }),
        };
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
            ? $"{(int)response.StatusCode} {new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath}"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The platform's request: the body as it would send it, signed (docs/exchange-api.md).</summary>
    private static async Task<HttpResponseMessage> SignedAsync(HttpClient client, string method, string path, HttpContent? body)
    {
        var bytes = body is null ? [] : await body.ReadAsByteArrayAsync();
        var request = new PlatformSigner().Sign(new HttpMethod(method), path, bytes);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = body.Headers.ContentType;
        }

        return await client.SendAsync(request);
    }

    /// <summary>The route with the sample's values in place of its parameters ({name}, {name:int}, {name?}).</summary>
    private static string Path(string route) => RouteParameter().Replace(route, m => Values[m.Groups["name"].Value]);

    [GeneratedRegex(@"\{(?<name>\w+)(:\w+)?\??\}")]
    private static partial Regex RouteParameter();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
