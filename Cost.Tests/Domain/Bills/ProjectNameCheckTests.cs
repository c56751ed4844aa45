using Cost.Domain.Bills;

namespace Cost.Tests.Domain.Bills;

public class ProjectNameCheckTests
{
    private static StatedName Stated(string text) => new(text, "封面", 2, "B");

    [Theory]
    [InlineData("西安市某中学教学楼", "西安市某中学教学楼 工程")]
    [InlineData("某中学教学楼", "西安市某中学教学楼")]
    [InlineData("西安市某中学教学楼", "西安市某中学教学楼")]
    [InlineData("西安市某中学教学楼", "西安市某中学 教学楼")]
    public void The_same_project_written_another_way_gives_no_warning(string registered, string stated) =>
        Assert.Null(ProjectNameCheck.Check(registered, Stated(stated)));

    [Theory]
    [InlineData("西安市某住宅小区1号楼", "西安市某住宅小区2号楼")]
    [InlineData("某小学综合楼", "西安市某中学教学楼")]
    public void Another_project_is_a_warning_at_the_cell(string registered, string stated)
    {
        var warning = ProjectNameCheck.Check(registered, Stated(stated))!;

        Assert.Equal((FindingSeverity.Warning, FindingRules.ProjectName, "封面", 2, "B"), (warning.Severity, warning.Rule, warning.Sheet, warning.Row, warning.Column));
        Assert.Contains(registered, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_states_no_name_gives_no_warning() => Assert.Null(ProjectNameCheck.Check("某项目", null));
}
