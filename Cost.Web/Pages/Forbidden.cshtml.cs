using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

/// <summary>
/// Where a signed-in person is sent when their role does not allow a page or an action: 403 with a
/// plain explanation, rather than the log-in form as if they were not signed in.
/// </summary>
public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
