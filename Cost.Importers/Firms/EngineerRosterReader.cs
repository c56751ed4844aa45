using System.Collections.Immutable;
using Cost.Domain.Credit;
using Cost.Domain.Projects;
using Cost.Importers.Bills;

namespace Cost.Importers.Firms;

/// <summary>
/// Reads a firm's roster of 注册造价工程师 (.xlsx): on the first sheet that has it, a header row with 姓名 and 注册号 (or
/// 注册证号, 注册编号, 证书编号); one engineer per row. The roster is taken whole or not at all: any bad row (a missing
/// name or number, a number twice) is answered with its sheet, row and column, and nothing is taken. Never throws for bad data.
/// </summary>
public static class EngineerRosterReader
{
    private static readonly string[] NameHeaders = ["姓名", "注册造价工程师", "造价工程师", "人员姓名"];

    private static readonly string[] NumberHeaders = ["注册号", "注册证号", "注册编号", "注册证书编号", "证书编号", "注册证书号"];

    /// <summary>The engineers, or the problems (then no engineers).</summary>
    public static (ImmutableArray<CostEngineer> Engineers, ImmutableArray<ImportProblem> Problems) Read(Stream xlsx)
    {
        var (sheets, problems) = WorkbookPackage.Load(xlsx, new BoqReadLimits(MaxFileBytes: 5_000_000, MaxRowsPerSheet: 10_000));
        if (sheets is null)
        {
            return ([], [.. problems]);
        }

        foreach (var sheet in sheets)
        {
            foreach (var row in sheet.Rows.Take(20))
            {
                var name = row.Cells.FirstOrDefault(c => NameHeaders.Contains(CellText.Compact(c.Text), StringComparer.Ordinal));
                var number = row.Cells.FirstOrDefault(c => NumberHeaders.Contains(CellText.Compact(c.Text), StringComparer.Ordinal));
                if (!name.IsEmpty && !number.IsEmpty)
                {
                    return ReadRows(sheet, row.Number, name.Column, number.Column);
                }
            }
        }

        return ([], [new ImportProblem((sheets.Count > 0 ? sheets[0].Name : null), null, null, "未找到名册表头：须有“姓名”和“注册号”（或“注册证号”“证书编号”）两列。")]);
    }

    private static (ImmutableArray<CostEngineer>, ImmutableArray<ImportProblem>) ReadRows(SheetGrid sheet, int headerRow, int nameColumn, int numberColumn)
    {
        var engineers = new List<CostEngineer>();
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r.Number > headerRow && !r.IsBlank))
        {
            var name = CellText.Normalize(row[nameColumn].Text);
            var number = SignatoryCheck.Normalize(row[numberColumn].Text);
            if (name.Length is 0 or > 50)
            {
                problems.Add(new ImportProblem(sheet.Name, row.Number, CellText.ColumnLetter(nameColumn), "姓名必填，不超过 50 字。"));
            }
            else if (!SignatoryCheck.IsRegistrationNumber(number))
            {
                problems.Add(new ImportProblem(sheet.Name, row.Number, CellText.ColumnLetter(numberColumn),
                    $"“{name}”的注册号{(number.Length == 0 ? "未填写" : $"“{number}”不像注册造价工程师注册号")}（如 建[造]16610000123）。"));
            }
            else if (seen.TryGetValue(number, out var first))
            {
                problems.Add(new ImportProblem(sheet.Name, row.Number, CellText.ColumnLetter(numberColumn), $"注册号 {number} 与第 {first} 行重复。"));
            }
            else
            {
                seen[number] = row.Number;
                engineers.Add(new CostEngineer(name, number));
            }
        }

        if (problems.Count == 0 && engineers.Count == 0)
        {
            problems.Add(new ImportProblem(sheet.Name, headerRow, null, "名册表头下没有任何人员。"));
        }

        return problems.Count > 0 ? ([], [.. problems]) : ([.. engineers], []);
    }
}
