using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cost.Contracts;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Silos.Hosting;

/// <summary>
/// Reads data/rule-sets/*.json, one rule set per file, as a bureau clerk edits them. A file with an unknown
/// key (keys starting with "_" are comments), a missing key, a rate outside 0–100 or a 计算基础 the system
/// cannot compute stops the start with a message naming the file and the key: a typo must not silently
/// switch a check off.
/// </summary>
public static class RuleSetFiles
{
    public const string Folder = "rule-sets";

    private const CostBase TaxBase = CostBase.MeasuredWorks | CostBase.Measures | CostBase.OtherItems | CostBase.StatutoryFees;

    public static RuleSetCatalogue Load(DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var folder = data.File(Folder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{Folder}/ 中没有规则集文件（*.json）。");
        }

        var ruleSets = files.Select(Read).ToList();
        if (ruleSets.GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"{Folder}/ 中有两个文件的 code 都是“{twice.Key}”。");
        }

        return new RuleSetCatalogue(ruleSets);
    }

    /// <summary>One rule-set file; <see cref="InvalidDataException"/> naming the file and each bad key.</summary>
    public static RuleSet Read(string path)
    {
        var name = $"{Folder}/{Path.GetFileName(path)}";
        RuleSetFile file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<RuleSetFile>(stream, StoreJson.Options) ?? throw new InvalidDataException($"{name} 为空。");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"规则集文件 {name} 无法读取：键“{Key(e.Path)}”的值不符合格式（{e.Message}）", e);
        }

        var problems = new List<string>();
        var ruleSet = file.ToRuleSet(problems);
        return problems.Count == 0 && ruleSet is not null
            ? ruleSet
            : throw new InvalidDataException($"规则集文件 {name} 有误：{string.Join("；", problems)}。");
    }

    private static string Key(string? jsonPath) => jsonPath is null ? "?" : jsonPath.TrimStart('$', '.');

    private static void Unknown(IDictionary<string, JsonElement>? extra, string at, List<string> problems)
    {
        foreach (var key in extra?.Keys.Where(k => !k.StartsWith('_')) ?? [])
        {
            problems.Add($"未知的键“{at}{key}”");
        }
    }

    private static void Rate(decimal? rate, string key, List<string> problems)
    {
        if (rate is null)
        {
            problems.Add($"缺少键“{key}”");
        }
        else if (rate is < 0m or > 100m)
        {
            problems.Add($"键“{key}”的费率 {rate.Value.ToString(CultureInfo.InvariantCulture)} 超出 0–100（以百分数填写，9 表示 9%）");
        }
    }

    private static string Text(string? value, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"缺少键“{key}”");
            return string.Empty;
        }

        return value.Trim();
    }

    private static string Base(string? value, string key, CostBase? mustBe, List<string> problems)
    {
        var text = Text(value, key, problems);
        var parsed = CostBaseParser.Parse(text);
        if (text.Length > 0 && (parsed is null || (mustBe is { } b && parsed != b)))
        {
            problems.Add(mustBe is null
                ? $"键“{key}”的计算基础“{text}”无法识别（可用：分部分项工程费、单价措施项目费、总价措施项目费、措施项目费、其他项目费、规费，以 + 连接）"
                : $"键“{key}”的计算基础“{text}”须为 分部分项工程费+措施项目费+其他项目费+规费（系统按此计算税金）");
        }

        return text;
    }

    private sealed record RuleSetFile
    {
        public string? Code { get; init; }

        public string? Name { get; init; }

        public RuleSetKind? Kind { get; init; }

        public DateOnly? InForceFrom { get; init; }

        public bool SampleValues { get; init; }

        public List<TaxMethodEntry>? TaxMethods { get; init; }

        public List<NonCompetitiveEntry>? NonCompetitive { get; init; }

        public List<AbolishedEntry>? Abolished { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; init; }

        public RuleSet? ToRuleSet(List<string> problems)
        {
            Unknown(Extra, string.Empty, problems);
            var code = Text(Code, "code", problems);
            var name = Text(Name, "name", problems);
            if (Kind is null)
            {
                problems.Add("缺少键“kind”（national 或 provincial）");
            }

            if (InForceFrom is null)
            {
                problems.Add("缺少键“inForceFrom”（yyyy-MM-dd）");
            }

            var taxes = (TaxMethods ?? []).Select((t, i) => t.ToRule($"taxMethods[{i}].", problems)).ToImmutableArray();
            foreach (var method in Enum.GetValues<TaxMethod>().Where(m => !taxes.Any(t => t.Method == m)))
            {
                problems.Add($"键“taxMethods”缺少计税方法 {TaxMethodCodes.Code(method)}");
            }

            var fees = (NonCompetitive ?? []).Select((f, i) => f.ToFee($"nonCompetitive[{i}].", problems)).ToImmutableArray();
            var abolished = (Abolished ?? []).Select((a, i) => a.ToFee($"abolished[{i}].", problems)).ToImmutableArray();
            if (Kind == RuleSetKind.National && (!fees.IsEmpty || !abolished.IsEmpty))
            {
                problems.Add("全国规范（kind national）只核对计算，不得有 nonCompetitive 或 abolished");
            }

            return Kind is { } kind && InForceFrom is { } from
                ? new RuleSet(code, name, kind, from, taxes, fees, abolished, SampleValues)
                : null;
        }
    }

    private sealed record TaxMethodEntry
    {
        public TaxMethod? Method { get; init; }

        public string? Name { get; init; }

        public decimal? Rate { get; init; }

        public string? Base { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; init; }

        public TaxRule ToRule(string at, List<string> problems)
        {
            Unknown(Extra, at, problems);
            if (Method is null)
            {
                problems.Add($"缺少键“{at}method”（general 或 simple）");
            }

            Rate(Rate, at + "rate", problems);
            return new TaxRule(Method ?? TaxMethod.General, Text(Name, at + "name", problems), Rate ?? 0m,
                RuleSetFiles.Base(Base, at + "base", TaxBase, problems));
        }
    }

    private sealed record NonCompetitiveEntry
    {
        public string? Table { get; init; }

        public string? Code { get; init; }

        public string? Name { get; init; }

        public decimal? Rate { get; init; }

        public string? Base { get; init; }

        public bool Required { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; init; }

        public NonCompetitiveFee ToFee(string at, List<string> problems)
        {
            Unknown(Extra, at, problems);
            PricedTable? table = Table switch
            {
                "表-11" => PricedTable.LumpSumMeasures,
                "表-13" => PricedTable.StatutoryFees,
                _ => null,
            };
            if (table is null)
            {
                problems.Add($"键“{at}table”须为 表-11 或 表-13");
            }

            Rate(Rate, at + "rate", problems);
            return new NonCompetitiveFee(table ?? PricedTable.StatutoryFees, string.IsNullOrWhiteSpace(Code) ? null : Code.Trim(),
                Text(Name, at + "name", problems), Rate ?? 0m, RuleSetFiles.Base(Base, at + "base", null, problems), Required);
        }
    }

    private sealed record AbolishedEntry
    {
        public string? Name { get; init; }

        public DateOnly? EndedOn { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extra { get; init; }

        public AbolishedFee ToFee(string at, List<string> problems)
        {
            Unknown(Extra, at, problems);
            if (EndedOn is null)
            {
                problems.Add($"缺少键“{at}endedOn”（yyyy-MM-dd）");
            }

            return new AbolishedFee(Text(Name, at + "name", problems), EndedOn ?? DateOnly.MinValue);
        }
    }
}
