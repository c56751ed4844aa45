using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cost.Tests.Web;

/// <summary>
/// A browser's session, frozen once it is made: the cookies it holds (the antiforgery cookie, and the
/// log-in cookie when signed in through /login) and the antiforgery token its pages' forms carry.
/// Every request sends the same cookies, so no call — not even a log-out — changes the next one.
/// Redirects are not followed, so that a test sees each one.
/// </summary>
public sealed partial class BrowserSession
{
    private readonly HttpClient _client;
    private readonly string _cookies;

    private BrowserSession(HttpClient client, string cookies, string token) => (_client, _cookies, Token) = (client, cookies, token);

    /// <summary>The antiforgery token of this session's forms (bound to its user).</summary>
    public string Token { get; }

    public static async Task<BrowserSession> AnonymousAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/login");
        return new BrowserSession(client, Cookies(page), await TokenOf(page));
    }

    /// <summary>Signs in through /login as a person does, with the form's antiforgery token.</summary>
    public static async Task<BrowserSession> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password)
    {
        var anonymous = await AnonymousAsync(factory);
        var signIn = await anonymous.PostFormAsync("/login", new Dictionary<string, string> { ["userName"] = userName, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = $"{anonymous._cookies}; {Cookies(signIn)}";
        var signedIn = new BrowserSession(anonymous._client, cookies, "");
        return new BrowserSession(anonymous._client, cookies, await TokenOf(await signedIn.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/login"))));
    }

    /// <summary>The same cookies sent to another running system: a restart over the same store, or another installation.</summary>
    public BrowserSession CarriedTo(WebApplicationFactory<Program> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), _cookies, Token);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Add("Cookie", _cookies);
        return _client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>
    /// Follows a post's redirect as a browser does (post-redirect-get): asserts it is one, and gets its target with
    /// the cookies the redirect set (the outcome the page shows travels in one).
    /// </summary>
    public Task<HttpResponseMessage> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        request.Headers.Add("Cookie", $"{_cookies}; {Cookies(redirect)}");
        return _client.SendAsync(request);
    }

    /// <summary>Posts a form as the page would: with the session's antiforgery token unless <paramref name="withToken"/> is false.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken)
        {
            form["__RequestVerificationToken"] = Token;
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    private static async Task<string> TokenOf(HttpResponseMessage page) =>
        TokenField().Match(await page.Content.ReadAsStringAsync()) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("页面没有防伪令牌。");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
