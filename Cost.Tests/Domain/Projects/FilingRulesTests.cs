using Cost.Domain.Projects;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Projects;

/// <summary>The filing number is written from the bureau's format: the year and the padded sequence number.</summary>
public class FilingRulesTests
{
    [Theory]
    [InlineData("西造价备〔{year}〕{seq:0000}号", 2026, 1, "西造价备〔2026〕0001号")]
    [InlineData("西造价备〔{year}〕{seq:0000}号", 2027, 12345, "西造价备〔2027〕12345号")]
    [InlineData("XZJ-{year}-{seq}", 2026, 7, "XZJ-2026-7")]
    public void The_number_follows_the_format(string format, int year, int sequence, string expected) =>
        Assert.Equal(expected, (FilingRules.Default with { NumberFormat = format }).Number(year, sequence));

    [Fact]
    public void A_format_without_the_sequence_is_refused_because_numbers_would_repeat() =>
        Assert.Throws<InvalidOperationException>(() => (FilingRules.Default with { NumberFormat = "西造价备〔{year}〕号" }).Number(2026, 1));

    [Property]
    public Property Different_sequence_numbers_of_a_year_give_different_numbers() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 99_999)), Arb.From(Gen.Choose(1, 99_999)), (a, b) =>
            a == b || FilingRules.Default.Number(2026, a) != FilingRules.Default.Number(2026, b));
}
