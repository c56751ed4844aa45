using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cost.Web.Hosting;

/// <summary>
/// What a client generator needs besides the schemas: an <c>operationId</c> on every operation (the endpoint's name, or
/// one made from its method and path: <c>POST /api/projects/{tenderCode}/boq</c> → <c>postApiProjectsByTenderCodeBoq</c>),
/// a description of every tag, and server addresses without a trailing slash. Endpoints added later get an id without
/// touching this file; a new tag gets its description here.
/// </summary>
public sealed class OpenApiNaming : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["账号"] = "登录取令牌、修改密码、退出；造价站管理账号。",
        ["招标项目与最高投标限价"] = "咨询企业登记招标项目、上传工程量清单、查看检查结果与最高投标限价，提交备案；造价站备案、退回与发布。",
        ["最高投标限价备案（公开）"] = "已备案最高投标限价的公开查询与核验。",
        ["最高投标限价投诉与复核"] = "对已公布最高投标限价的投诉（按工作日计的投诉期）及造价站复核。",
        ["计价规则集"] = "计价规则集（费率、税率、规费）及其版本。",
        ["造价信息"] = "市场价格采集、截止、审核草稿与发布信息价（造价站）；咨询企业上传价格调查表。",
        ["造价信息（公开）"] = "已发布的信息价，按地区与月份。",
        ["造价指数"] = "造价站的分析工具：任意价格/数量表的指数计算器。",
        ["造价指数（公开）"] = "已发布的造价指数（GB/T 51290）与价格指数调差（GB/T 50500 附录 A.1）。",
        ["造价指标（公开）"] = "由备案项目得出的造价指标与投标价格指数。",
        ["造价咨询企业与诚信"] = "造价咨询企业与注册造价工程师名录、诚信记录的告知、陈述、决定、公示、申诉与信用修复、得分与等级。",
        ["工作日历"] = "法定节假日与调休：告知期、投诉期按工作日计算。",
        ["审计"] = "审计日志的查询与核验（造价站）。",
        ["交易平台数据交换"] = "交易平台使用的 HMAC 签名接口：拉取最高投标限价与变更流、OCDS 发布包，推送开标与中标结果。",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } url ? url : "/";
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.OperationId ??= Id(context.Description.HttpMethod ?? "get", context.Description.RelativePath ?? "");
        return Task.CompletedTask;
    }

    /// <summary>lower-case method, then each path segment capitalised; a parameter segment as By + its name.</summary>
    public static string Id(string method, string path) =>
        method.ToLowerInvariant() + string.Concat(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Segment));

    private static string Segment(string segment)
    {
        var parameter = segment.StartsWith('{');
        var words = segment.Trim('{', '}').Split(':')[0].Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries);
        return (parameter ? "By" : "") + string.Concat(words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }
}
