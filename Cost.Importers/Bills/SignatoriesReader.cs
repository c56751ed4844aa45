using System.Text.RegularExpressions;
using Cost.Domain.Projects;

namespace Cost.Importers.Bills;

/// <summary>
/// The 编制人 and 复核人 a workbook's 扉页 names (GB/T 50500-2013 扉-2, "编 制 人：…（造价人员签字盖专用章）" and
/// "复 核 人：…（造价工程师签字盖专用章）"), as pricing software exports it: the name after the label in the same cell
/// ("编制人：张三") or in a cell to its right, the 注册造价工程师 registration number in brackets after the name, in its own
/// cell ("注册号：建[造]16610000123") to the right or in the row below. Table sheets are not read; a person the page
/// does not name (an empty line to sign on) is null.
/// </summary>
internal static partial class SignatoriesReader
{
    private static readonly (string Label, Func<Signatories, Signatory, Signatories> Set)[] Roles =
    [
        ("编制人", (s, p) => s with { Compiler = s.Compiler ?? p }),
        ("复核人", (s, p) => s with { Reviewer = s.Reviewer ?? p }),
    ];

    public static Signatories? Find(IReadOnlyList<SheetGrid> sheets, IReadOnlyList<TablePage> pages)
    {
        var tableSheets = pages.Select(p => p.Sheet).ToHashSet();
        var found = Signatories.None;
        foreach (var sheet in sheets.Where(s => !tableSheets.Contains(s)))
        {
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                foreach (var cell in sheet.Rows[r].Cells.Where(c => c.Number is null))
                {
                    var text = CellText.Compact(cell.Text);
                    foreach (var (label, set) in Roles)
                    {
                        if (text.StartsWith(label, StringComparison.Ordinal) && Person(sheet, r, cell, text[label.Length..]) is { } person)
                        {
                            found = set(found, person);
                        }
                    }
                }
            }
        }

        return found.IsEmpty ? null : found;
    }

    /// <summary>The person named after a label: in the rest of its cell, else in the cells to its right up to the next label.</summary>
    private static Signatory? Person(SheetGrid sheet, int rowIndex, GridCell labelCell, string rest)
    {
        var row = sheet.Rows[rowIndex];
        var right = row.Cells.Where(c => c.Column > labelCell.Column).OrderBy(c => c.Column)
            .Select(c => CellText.Compact(c.Text)).TakeWhile(t => !Roles.Any(role => t.StartsWith(role.Label, StringComparison.Ordinal))).ToList();
        var texts = new List<string> { rest.TrimStart(':') };
        texts.AddRange(right);
        var name = texts.Select(NameIn).FirstOrDefault(n => n.Length > 0);
        if (name is null)
        {
            return null;
        }

        // The number: beside the name, else in the row below under the label or to its right.
        var below = rowIndex + 1 < sheet.Rows.Count
            ? sheet.Rows[rowIndex + 1].Cells.Where(c => c.Column >= labelCell.Column && c.Column <= labelCell.Column + right.Count + 1)
                .Select(c => CellText.Compact(c.Text))
            : [];
        // Only where a number belongs: beside the name, after a 注册号 label, or in the 建[造] form (not a telephone number).
        var number = texts.Concat(below).Where(t => t.Contains(name, StringComparison.Ordinal) || t.Contains("注册", StringComparison.Ordinal) || t.StartsWith("建[造]", StringComparison.Ordinal))
            .Select(t => NumberPattern().Match(t)).FirstOrDefault(m => m.Success)?.Value;
        return new Signatory(name, number);
    }

    /// <summary>A name in a cell's text: what is left without the number, the bracketed instructions and the labels.</summary>
    private static string NameIn(string text)
    {
        var left = NumberPattern().Replace(text, "");
        left = Instruction().Replace(left, "");
        left = NumberLabel().Replace(left, "");
        left = left.Trim(':', '_', '-', '/', ',', ';', '、');
        return NamePattern().IsMatch(left) ? left : "";
    }

    /// <summary>
    /// A registration number: 建[造] and 11 digits (一级注册造价工程师 since 2018), or a province's older form, letters
    /// or a province's character followed by at least six digits ("陕1612000123"), or digits alone.
    /// </summary>
    [GeneratedRegex(@"建\[造\]\d{6,}|[A-Za-z]{0,2}\p{IsCJKUnifiedIdeographs}?\d{6,}[A-Za-z0-9]*")]
    private static partial Regex NumberPattern();

    /// <summary>The printed instructions and the brackets left around a number: "(造价人员签字盖专用章)", "()".</summary>
    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|（[^）]*）")]
    private static partial Regex Instruction();

    [GeneratedRegex("注册(证书)?(编?号|证号)|证书编?号|:")]
    private static partial Regex NumberLabel();

    /// <summary>A person's name: 2–20 Chinese characters (with the middle dot of transliterated names) or Latin letters.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}·A-Za-z.]{2,20}$")]
    private static partial Regex NamePattern();
}
