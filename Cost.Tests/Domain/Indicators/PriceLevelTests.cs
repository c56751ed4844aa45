using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.PriceIndices;

namespace Cost.Tests.Domain.Indicators;

public class PriceLevelTests
{
    private static readonly YearMonth Base = new(2025, 1);

    private static PriceIndex Composite(int year, int month, double fixedBase) =>
        new("school", "学校", IndexKind.Composite, new YearMonth(year, month), Base, fixedBase, null, null, []);

    private static readonly Dictionary<string, ImmutableArray<PriceIndex>> Indices = new()
    {
        ["school"] = [Composite(2026, 1, 100), Composite(2026, 3, 110), Composite(2026, 6, 121)],
    };

    [Fact]
    public void A_project_is_brought_from_the_index_of_its_filing_month_to_the_latest()
    {
        Assert.Equal(1.1, PriceLevel.Of(Indices)("school", new YearMonth(2026, 3)), 9);
    }

    [Fact]
    public void A_month_without_a_value_takes_the_last_value_before_it() =>
        Assert.Equal(1.1, PriceLevel.Of(Indices)("school", new YearMonth(2026, 4)), 9);

    [Fact]
    public void A_type_without_an_index_or_a_month_before_the_first_value_stays_as_filed()
    {
        Assert.Equal(1, PriceLevel.Of(Indices)("office", new YearMonth(2026, 3)));
        Assert.Equal(1, PriceLevel.Of(Indices)("school", new YearMonth(2025, 12)));
    }
}
