using System.Globalization;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Auth;

/// <summary>POST /api/auth/token: a bearer token for a user name and password.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueToken).WithTags("账号").AllowAnonymous()
            .WithSummary("用户名和密码换取访问令牌（Bearer）；用户名或密码错误 401（用户名不存在同样 401）；账号停用或待审核 403；连续多次错误后账号锁定（默认 15 分钟内 5 次，锁定 15 分钟，再次锁定时长加倍），仅在密码正确时答 429 并附 Retry-After；同一地址失败过多时须等待（429）");
        return routes;
    }

    public sealed record TokenRequest(string? UserName, string? Password);

    /// <summary>The bearer token; <see cref="MustChangePassword"/> true (else left out) when the account's password is temporary: the token is then good only for POST /api/account/password.</summary>
    public sealed record TokenResponse(string AccessToken, int ExpiresIn, bool? MustChangePassword = null);

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, AccountService accounts, TokenIssuer issuer, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(request.UserName, request.Password, ClientAddress.Of(context), cancellationToken);
        if (result.User is { } user)
        {
            return TypedResults.Ok(new TokenResponse(issuer.Issue(user), (int)TokenIssuer.Lifetime.TotalSeconds, user.MustChangePassword ? true : null));
        }

        // A lock or a wait is 429 with Retry-After (RFC 6585 §4); 401 stays the contract's answer to wrong credentials.
        if (result.RetryAt is { } until)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Outcome.Problem(result.Status, result.Message, []);
    }
}
