using System.Globalization;
using System.Text.Json;
using Cost.Web.Hosting;

namespace Cost.Web.Exchange;

/// <summary>
/// Reads the fields of a platform request body and collects every problem with its field path
/// (e.g. <c>bids[2].price</c>), so one 400 names them all.
/// </summary>
public sealed class JsonFields
{
    private readonly List<ProblemItem> _problems = [];

    public IReadOnlyList<ProblemItem> Problems => _problems;

    /// <summary>The body's root object, or null (with a problem) when it is not a JSON object.</summary>
    public JsonElement? Root(JsonDocument? document)
    {
        if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
        {
            return root;
        }

        _problems.Add(ProblemItem.ForField("body", "请求正文须为 JSON 对象（UTF-8）。"));
        return null;
    }

    public string? Text(JsonElement parent, string name, string path, bool required = true, int maxLength = 200)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? Fail<string>(path, $"{path} 必填。") : null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        return text switch
        {
            null => Fail<string>(path, $"{path} 须为字符串。"),
            "" when required => Fail<string>(path, $"{path} 不能为空。"),
            _ when text.Length > maxLength => Fail<string>(path, $"{path} 不超过 {maxLength} 字。"),
            _ => text,
        };
    }

    /// <summary>An amount in yuan: a JSON number with at most 2 decimals (docs/exchange-api.md).</summary>
    public decimal? Amount(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            return Fail<decimal?>(path, $"{path} 必填，须为以元为单位的数字。");
        }

        return decimal.Round(amount, 2) == amount ? amount : Fail<decimal?>(path, $"{path} 最多保留 2 位小数（元）。");
    }

    /// <summary>An instant: ISO 8601 with its offset.</summary>
    public DateTimeOffset? Instant(JsonElement parent, string name, string path, bool required = true)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? Fail<DateTimeOffset?>(path, $"{path} 必填（ISO 8601，带时区，如 2026-12-01T09:00:00+08:00）。") : null;
        }

        return value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : Fail<DateTimeOffset?>(path, $"{path} 须为带时区的 ISO 8601 时间，如 2026-12-01T09:00:00+08:00。");
    }

    public void Add(string path, string message) => _problems.Add(ProblemItem.ForField(path, message));

    private T? Fail<T>(string path, string message)
    {
        Add(path, message);
        return default;
    }

    /// <summary>Parses the body; null when it is not JSON at all.</summary>
    public static JsonDocument? Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
