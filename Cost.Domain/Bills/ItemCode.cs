namespace Cost.Domain.Bills;

/// <summary>
/// BoQ item codes (项目编码). GB/T 50500-2013 §4.2.2: twelve Arabic digits; digits 1–9 are set by the
/// national measurement standards, 10–12 by the author. Digits 1–2 name the discipline.
/// </summary>
public static class ItemCode
{
    /// <summary>
    /// Prefixes of unit-priced measures (措施项目) in the measurement standards:
    /// GB 50854-2013 Appendix S (0117), GB 50856-2013 Appendix N (0313), GB 50857-2013 Appendix L (0411).
    /// </summary>
    public static readonly IReadOnlyList<string> MeasuresPrefixes = ["0117", "0313", "0411"];

    private static readonly Dictionary<string, string> Disciplines = new()
    {
        ["01"] = "房屋建筑与装饰工程",
        ["02"] = "仿古建筑工程",
        ["03"] = "通用安装工程",
        ["04"] = "市政工程",
        ["05"] = "园林绿化工程",
        ["06"] = "矿山工程",
        ["07"] = "构筑物工程",
        ["08"] = "城市轨道交通工程",
        ["09"] = "爆破工程",
    };

    /// <summary>True when the code is exactly 12 ASCII digits.</summary>
    public static bool IsWellFormed(string code) => code.Length == 12 && code.All(char.IsAsciiDigit);

    /// <summary>The discipline named by digits 1–2, or null when unknown.</summary>
    public static string? Discipline(string code) =>
        code.Length >= 2 && Disciplines.TryGetValue(code[..2], out var name) ? name : null;

    /// <summary>True when the code belongs to a unit-priced measures chapter.</summary>
    public static bool HasMeasuresPrefix(string code) =>
        MeasuresPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal));
}
