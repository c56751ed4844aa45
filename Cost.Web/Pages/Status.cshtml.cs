using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

/// <summary>
/// What a person sees when a page cannot be shown (404, 405, 500, …): the site around it, a sentence in
/// Chinese and a way on, never a problem document or a stack trace. The JSON API and the exchange keep
/// answering problem+json.
/// </summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        // Asked for directly rather than re-executed for a failed request, the address itself is no page: 404.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        var status = reExecuted && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("页面不存在", "您访问的地址不存在，可能已经移动或输入有误。"),
            StatusCodes.Status403Forbidden => ("没有权限", "当前账号的角色不能打开这个页面。"),
            StatusCodes.Status405MethodNotAllowed => ("无法这样打开", "这个地址不接受这种请求，请从页面上的链接或按钮进入。"),
            >= 500 => ("系统暂时出错", "请稍后重试；问题持续时请联系造价站，并告知出错的时间和页面地址。"),
            _ => ("请求无法处理", "请求有误，请返回上一页检查后重试。"),
        };
    }
}
