namespace Cost.Samples;

/// <summary>
/// 分部 headings for 表-08, by the first four digits of an item code (GB 50854-2013 appendices A–S,
/// GB 50856-2013 appendices). The bill does not keep headings; the writer regroups lines by code.
/// </summary>
internal static class DivisionHeadings
{
    public const string Measures = "单价措施项目";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["0101"] = "A.1 土石方工程",
        ["0102"] = "A.2 地基处理与边坡支护工程",
        ["0103"] = "A.3 桩基工程",
        ["0104"] = "A.4 砌筑工程",
        ["0105"] = "A.5 混凝土及钢筋混凝土工程",
        ["0106"] = "A.6 金属结构工程",
        ["0107"] = "A.7 木结构工程",
        ["0108"] = "A.8 门窗工程",
        ["0109"] = "A.9 屋面及防水工程",
        ["0110"] = "A.10 保温、隔热、防腐工程",
        ["0111"] = "A.11 楼地面装饰工程",
        ["0112"] = "A.12 墙、柱面装饰与隔断、幕墙工程",
        ["0113"] = "A.13 天棚工程",
        ["0114"] = "A.14 油漆、涂料、裱糊工程",
        ["0115"] = "A.15 其他装饰工程",
        ["0116"] = "A.16 拆除工程",
        ["0304"] = "D 电气设备安装工程",
        ["0308"] = "H 工业管道工程",
        ["0309"] = "J 消防工程",
        ["0310"] = "K 给排水、采暖、燃气工程",
        ["0312"] = "M 刷油、防腐蚀、绝热工程",
    };

    /// <summary>The heading a line goes under: 单价措施项目 for measures, else its 分部 by code.</summary>
    public static string Of(Cost.Domain.Bills.BoqLine line) =>
        line.Kind == Cost.Domain.Bills.LineKind.UnitPricedMeasure
            ? Measures
            : line.ItemCode.Length >= 4 && Names.TryGetValue(line.ItemCode[..4], out var name) ? name : "其他分部工程";
}
