using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Auth;

/// <summary>POST /api/auth/token: a bearer token for a user name and password.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueToken).WithTags("账号").AllowAnonymous()
            .WithSummary("用户名和密码换取访问令牌（Bearer）");
        return routes;
    }

    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record TokenResponse(string AccessToken, int ExpiresIn);

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, AccountService accounts, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        var user = await accounts.SignInAsync(request.UserName, request.Password, cancellationToken);
        return user is null
            ? TypedResults.Problem(title: "用户名或密码不正确。", statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(new TokenResponse(issuer.Issue(user), (int)TokenIssuer.Lifetime.TotalSeconds));
    }
}
