using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

public class SubmissionGateTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_firm_in_the_lowest_grade_may_not_submit()
    {
        var refusal = SubmissionGate.Refusal(new CreditStanding(Today, 40m, "C"), GradeScale.Default);
        Assert.Equal("编制单位诚信等级为 C 级，等级恢复前不能提交新的最高投标限价。", refusal);
    }

    [Theory]
    [InlineData("B")]
    [InlineData("AAA")]
    public void A_firm_above_the_lowest_grade_may_submit(string grade) =>
        Assert.Null(SubmissionGate.Refusal(new CreditStanding(Today, 65m, grade), GradeScale.Default));

    [Fact]
    public void A_firm_without_a_standing_yet_may_submit() => Assert.Null(SubmissionGate.Refusal(null, GradeScale.Default));

    [Fact]
    public void The_lowest_grade_submits_when_the_scale_does_not_block_it() =>
        Assert.Null(SubmissionGate.Refusal(new CreditStanding(Today, 40m, "C"), GradeScale.Default with { LowestGradeBlocksSubmission = false }));
}
