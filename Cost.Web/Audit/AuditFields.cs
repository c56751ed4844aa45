using System.Text.Json;

namespace Cost.Web.Audit;

/// <summary>
/// An audit entry's facts as a person reads them: each field of its payload with a Chinese label where one is
/// known (the field name otherwise) and its value as text; nested objects and lists are shown compactly.
/// </summary>
public static class AuditFields
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tenderCode"] = "招标项目编号", ["version"] = "版本", ["total"] = "合计（元）", ["fileName"] = "文件", ["sha256"] = "SHA-256",
        ["status"] = "状态", ["reason"] = "理由", ["region"] = "地区", ["period"] = "月份", ["resourceCode"] = "资源编码", ["spec"] = "规格型号",
        ["price"] = "价格（元）", ["priceInclTax"] = "含税价（元）", ["priceExclTax"] = "除税价（元）", ["revision"] = "修订次数", ["published"] = "发布条数",
        ["carried"] = "沿用条数", ["withheld"] = "暂不发布条数", ["winnerCreditCode"] = "中标人统一社会信用代码", ["winnerName"] = "中标人",
        ["awardedAt"] = "中标时间（平台所报）", ["receivedAt"] = "收到时间（所报）", ["complaintId"] = "投诉编号", ["complainantName"] = "投诉人",
        ["complainantCreditCode"] = "投诉人统一社会信用代码", ["source"] = "来源", ["ruleCode"] = "诚信规则", ["points"] = "分值", ["evidence"] = "证据",
        ["note"] = "说明", ["creditCode"] = "统一社会信用代码", ["changes"] = "变更", ["lineCount"] = "清单项数", ["errorCount"] = "错误数",
        ["filedBy"] = "备案人", ["deviation"] = "偏差", ["revisedVersion"] = "修订版本",
    };

    /// <summary>The fields of a payload, in their order; a payload that is not a JSON object is one field, 内容.</summary>
    public static IReadOnlyList<(string Label, string Value)> Of(string payloadJson)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? [.. document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => (Label(p.Name), Text(p.Value)))]
                : [("内容", Text(document.RootElement))];
        }
        catch (JsonException)
        {
            return [("内容", payloadJson)];
        }
    }

    private static string Label(string name) => Labels.TryGetValue(name, out var label) ? label : name;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("；", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join("，", value.EnumerateObject().Select(p => $"{Label(p.Name)}：{Text(p.Value)}")),
        _ => value.GetRawText(),
    };
}
