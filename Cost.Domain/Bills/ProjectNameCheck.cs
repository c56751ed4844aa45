using System.Text;

namespace Cost.Domain.Bills;

/// <summary>
/// Whether the workbook is the registered tender's: the project name a workbook states is compared with
/// the registered name, without spaces, full-width forms folded and a trailing 工程 dropped; one name may
/// carry more of the place ("西安市某中学教学楼" is "某中学教学楼"). Another name is a warning, so that a
/// wrong file is not filed unnoticed; it does not block filing.
/// </summary>
public static class ProjectNameCheck
{
    /// <summary>The warning when <paramref name="stated"/> names another project, or null.</summary>
    public static BoqFinding? Check(string registered, StatedName? stated)
    {
        ArgumentNullException.ThrowIfNull(registered);
        if (stated is null || SameProject(registered, stated.Text))
        {
            return null;
        }

        return new BoqFinding(FindingSeverity.Warning, FindingRules.ProjectName, stated.Sheet, stated.Row, stated.Column, null, null, null,
            $"工作簿中的项目名称“{stated.Text.Trim()}”与登记的项目名称“{registered.Trim()}”不一致，请确认上传的是本项目的工程量清单。");
    }

    /// <summary>True when the two names are the same project by the comparison above; an empty name matches anything.</summary>
    public static bool SameProject(string a, string b)
    {
        var (x, y) = (Key(a), Key(b));
        return x.Length == 0 || y.Length == 0 || x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(folded) && folded is not ('_' or '\u3000'))
            {
                sb.Append(folded);
            }
        }

        var key = sb.ToString();
        return key.EndsWith("工程", StringComparison.Ordinal) ? key[..^2] : key;
    }
}
