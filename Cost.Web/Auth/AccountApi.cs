using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Auth;

/// <summary>POST /api/account/password: the signed-in person changes their own password.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/account/password", ChangePassword).WithTags("账号").RequireAuthorization(Policies.Member)
            .WithName("changePassword")
            .WithSummary("修改本人密码（新密码至少 10 个字符，不含用户名，不是常见密码）")
            .Produces<PasswordChanged>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

    /// <summary>Whose password was changed and when (bureau time).</summary>
    public sealed record PasswordChanged(string UserName, DateTimeOffset ChangedAt);

    private static async Task<Results<Ok<PasswordChanged>, ProblemHttpResult>> ChangePassword(
        PasswordChangeRequest request, CurrentUser user, AccountService accounts, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            var field = string.IsNullOrEmpty(request.CurrentPassword) ? "currentPassword" : "newPassword";
            return Refused(new ProblemItem($"缺少字段 {field}。", Field: field));
        }

        return await accounts.ChangePasswordAsync(user.UserName, request.CurrentPassword, request.NewPassword, cancellationToken) is { } problem
            ? Refused(problem)
            : TypedResults.Ok(new PasswordChanged(user.UserName, Cost.Domain.BureauTime.Now(clock)));
    }

    private static ProblemHttpResult Refused(ProblemItem problem) => Outcome.Problem(StatusCodes.Status400BadRequest, problem.Message, [problem]);
}
