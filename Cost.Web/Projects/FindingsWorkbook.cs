using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Bills;
using Cost.Domain.Projects;
using Cost.Importers.Exports;

namespace Cost.Web.Projects;

/// <summary>
/// The findings of a ceiling-price version as a workbook a compiler works through: one row per finding,
/// grouped by unit work in the workbook's order, errors first, then by sheet, row and column. Dated at the
/// version's upload, so the same version is the same bytes every time.
/// </summary>
public static class FindingsWorkbook
{
    private static readonly ImmutableArray<ExportColumn> Columns =
    [
        new("单位工程", 22), new("工作表", 18), new("单元格", 8), new("项目编码", 14), new("项目名称", 22),
        new("规则", 24), new("严重程度", 9), new("说明", 60), new("所填值", 15), new("应为", 15), new("差额", 14),
    ];

    public static string FileName(TenderInfo info, VersionView version) => $"{info.TenderCode}-清单检查结果-第{version.Number}版.xlsx";

    public static byte[] Write(TenderInfo info, VersionView version)
    {
        var rows = FindingGroup.ByUnit(version.Findings, version.Price.Units.Select(u => u.Name))
            .SelectMany(g => g.Findings.Select(f => new object?[]
            {
                g.Title, f.Sheet, FindingGroup.Cell(f), f.ItemCode, f.ItemName, FindingRuleNames.WithCode(f.Rule),
                f.Severity == FindingSeverity.Error ? "错误" : "提示", f.Message, f.Stated, f.Expected, f.Stated - f.Expected,
            }));
        var subtitle = $"第 {version.Number} 版（{version.Source.FileName}）· {version.ErrorCount} 个错误 · {version.Findings.Length - version.ErrorCount} 个提示";
        return TableWorkbook.Write($"{info.Name}（{info.TenderCode}）工程量清单检查结果", subtitle, version.Source.UploadedAt,
            [new ExportSheet("检查结果", Columns, rows)]);
    }
}
