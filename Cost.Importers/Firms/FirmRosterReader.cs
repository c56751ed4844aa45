using System.Collections.Immutable;
using Cost.Domain.Credit;
using Cost.Importers.Bills;

namespace Cost.Importers.Firms;

/// <summary>
/// Reads the register's roster workbook (.xlsx): on the first sheet that has them, a header row with
/// 统一社会信用代码 and 企业名称 (required) and optionally 地址, 法定代表人, 联系电话, 注册造价工程师; one firm
/// per row. Engineers are written "姓名:注册号", several separated by ";", "；", "、" or line breaks.
/// Bad rows are rejected one by one with their row and column; good rows are taken. Never throws for bad data.
/// </summary>
public static class FirmRosterReader
{
    private static readonly (string Field, string[] Headers)[] Columns =
    [
        ("code", ["统一社会信用代码", "信用代码"]),
        ("name", ["企业名称", "单位名称", "名称"]),
        ("address", ["地址", "注册地址", "办公地址"]),
        ("legal", ["法定代表人"]),
        ("contact", ["联系电话", "联系方式", "电话"]),
        ("engineers", ["注册造价工程师", "造价工程师"]),
    ];

    public static FirmRosterResult Read(Stream xlsx, BoqReadLimits? limits = null)
    {
        var (sheets, problems) = WorkbookPackage.Load(xlsx, limits ?? new BoqReadLimits(MaxFileBytes: 10_000_000, MaxRowsPerSheet: 20_000));
        if (sheets is null)
        {
            return new FirmRosterResult([], [], problems[0].Message);
        }

        foreach (var sheet in sheets)
        {
            foreach (var row in sheet.Rows.Take(20))
            {
                var map = HeaderMap(row);
                if (map.ContainsKey("code") && map.ContainsKey("name"))
                {
                    return ReadRows(sheet, row.Number, map);
                }
            }
        }

        return new FirmRosterResult([], [], "未找到名录表头：须有“统一社会信用代码”和“企业名称”两列。");
    }

    private static Dictionary<string, int> HeaderMap(GridRow row)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in row.Cells)
        {
            var text = CellText.Compact(cell.Text);
            foreach (var (field, headers) in Columns)
            {
                if (!map.ContainsKey(field) && headers.Contains(text, StringComparer.Ordinal))
                {
                    map[field] = cell.Column;
                }
            }
        }

        return map;
    }

    private static FirmRosterResult ReadRows(SheetGrid sheet, int headerRow, Dictionary<string, int> map)
    {
        var firms = new Dictionary<string, RosterFirm>(StringComparer.Ordinal);
        var rejected = ImmutableArray.CreateBuilder<RosterRejection>();
        foreach (var row in sheet.Rows.Where(r => r.Number > headerRow && !r.IsBlank))
        {
            string? Text(string field) => map.TryGetValue(field, out var c) && CellText.Normalize(row[c].Text) is { Length: > 0 } t ? t : null;
            void Reject(string field, string message) =>
                rejected.Add(new RosterRejection(sheet.Name, row.Number, map.TryGetValue(field, out var c) ? CellText.ColumnLetter(c) : null, message));

            var code = Text("code")?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            if (CreditCode.Problem(code) is { } codeProblem)
            {
                Reject("code", codeProblem);
                continue;
            }

            if (Text("name") is not { } name || name.Length > 200)
            {
                Reject("name", "企业名称必填，不超过 200 字。");
                continue;
            }

            var engineers = Engineers(Text("engineers"), out var engineerProblem);
            if (engineerProblem is not null)
            {
                Reject("engineers", engineerProblem);
                continue;
            }

            // The same firm twice: the later row updates the earlier one, never a second firm.
            firms[code!] = new RosterFirm(row.Number, new FirmDetails(code!, name, Text("address"), Text("legal"), Text("contact"), engineers));
        }

        return new FirmRosterResult([.. firms.Values.OrderBy(f => f.Row)], rejected.ToImmutable(), null);
    }

    private static ImmutableArray<CostEngineer> Engineers(string? text, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            return [];
        }

        var engineers = ImmutableArray.CreateBuilder<CostEngineer>();
        foreach (var entry in text.Split([';', '；', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split([':', '：'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length is 0 or > 40)
            {
                problem = $"注册造价工程师“{entry}”应写作“姓名:注册号”。";
                return [];
            }

            engineers.Add(new CostEngineer(parts[0], parts[1]));
        }

        return engineers.ToImmutable();
    }
}
