using System.Text.RegularExpressions;
using Cost.Importers.Bills;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Every hostile upload of the corpus is refused whole by both readers — the bill of quantities and
/// the price survey — with a Chinese message naming what is wrong, and where, and nothing read.
/// </summary>
public class HostileWorkbookTests
{
    [Theory]
    [MemberData(nameof(HostileWorkbooks.Names), MemberType = typeof(HostileWorkbooks), DisableDiscoveryEnumeration = true)]
    public void The_bill_reader_refuses_it_naming_what_and_where(string name)
    {
        var hostile = HostileWorkbooks.Boq(name);

        var result = Workbooks.Read(hostile.Content);

        Assert.True(result.IsRefused);
        Assert.Null(result.Boq);
        Assert.Empty(result.Findings);
        Names(hostile, Assert.Single(result.Refusal));
    }

    [Theory]
    [MemberData(nameof(HostileWorkbooks.Names), MemberType = typeof(HostileWorkbooks), DisableDiscoveryEnumeration = true)]
    public void The_survey_reader_refuses_it_naming_what_and_where(string name)
    {
        var hostile = HostileWorkbooks.Survey(name);

        var result = Prices.Surveys.Read(hostile.Content, "调查表.xlsx");

        Assert.True(result.IsRefused);
        Assert.Empty(result.Accepted);
        Assert.Empty(result.Rejected);
        Names(hostile, Assert.Single(result.Refusal));
    }

    [Fact]
    public void Cells_and_shared_strings_beyond_the_limit_are_refused()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());
        var strings = Regex.Count(WorkbookXml.Text(xlsx, "xl/sharedStrings.xml"), "<(\\w+:)?si>");

        var result = Workbooks.Read(xlsx, new BoqReadLimits(MaxCells: strings));

        Assert.True(result.IsRefused);
        Assert.Contains($"非空单元格超过 {strings:#,0} 个上限", Assert.Single(result.Refusal).Message, StringComparison.Ordinal);
        Assert.Contains("项上限", Assert.Single(Workbooks.Read(xlsx, new BoqReadLimits(MaxCells: strings - 1)).Refusal).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_too_many_parts_is_refused_from_its_directory()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());

        var result = Workbooks.Read(xlsx, new BoqReadLimits(MaxEntries: 5));

        Assert.True(result.IsRefused);
        Assert.Contains("个部件组成，超过上限 5", Assert.Single(result.Refusal).Message, StringComparison.Ordinal);
    }

    private static void Names(HostileWorkbooks.Case hostile, ImportProblem problem)
    {
        Assert.Contains(hostile.Says, problem.Message, StringComparison.Ordinal);
        Assert.Equal(hostile.Sheet, problem.Sheet);
        Assert.Equal(hostile.Row, problem.Row);
        Assert.Equal(hostile.Column, problem.Column);
    }
}
