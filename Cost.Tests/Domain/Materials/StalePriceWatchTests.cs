using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Materials;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Materials;

/// <summary>The stale-price alarm: a later month moving a filed bill's compared main material beyond the threshold.</summary>
public class StalePriceWatchTests
{
    private const string City = "610100";
    private static readonly YearMonth Base = new(2026, 9);
    private static readonly YearMonth Later = new(2026, 11);
    private static readonly (string, string) Rebar = ("01010201", "HRB400E Φ12");
    private static readonly (string, string) Concrete = ("80210504", "C30");

    [Fact]
    public void A_20_percent_rebar_rise_raises_the_alarm_with_the_estimated_change_over_every_compared_material()
    {
        var check = Check(Line(Rebar, 120m, 3500m), Line(Concrete, 800m, 450m));

        var alarm = StalePriceWatch.Evaluate(check, 5_000_000m, City, Later,
            Prices((Rebar, 3500m), (Concrete, 450m)), Prices((Rebar, 4200m), (Concrete, 459m)), 0.10m);

        Assert.NotNull(alarm);
        var rebar = Assert.Single(alarm.Materials);
        Assert.Equal(("01010201", 20.0m, 84_000.00m), (rebar.ResourceCode, rebar.ChangePercent, rebar.CostChange));
        // 120 t × 3,500 × 20 % + 800 m³ × 450 × 2 %: the concrete is within the threshold but still moves the estimate.
        Assert.Equal(91_200.00m, alarm.EstimatedChange);
        Assert.Equal(1.82m, alarm.EstimatedPercent);
        Assert.Equal((Base, Later), (alarm.BaseMonth, alarm.Month));
    }

    [Fact]
    public void Moves_within_the_threshold_the_base_month_itself_and_other_regions_raise_nothing()
    {
        var check = Check(Line(Rebar, 120m, 3500m));
        var before = Prices((Rebar, 3500m));

        Assert.Null(StalePriceWatch.Evaluate(check, 1m, City, Later, before, Prices((Rebar, 3800m)), 0.10m));
        Assert.Null(StalePriceWatch.Evaluate(check, 1m, City, Base, before, Prices((Rebar, 5000m)), 0.10m));
        Assert.Null(StalePriceWatch.Evaluate(check, 1m, "610113", Later, before, Prices((Rebar, 5000m)), 0.10m));
    }

    [Fact]
    public void A_fall_beyond_the_threshold_raises_it_too()
    {
        var alarm = StalePriceWatch.Evaluate(Check(Line(Rebar, 10m, 4000m)), 1_000_000m, City, Later, Prices((Rebar, 4000m)), Prices((Rebar, 3400m)), 0.10m);

        Assert.Equal(-15.0m, Assert.Single(alarm!.Materials).ChangePercent);
        Assert.Equal(-6_000.00m, alarm.EstimatedChange);
    }

    [Property]
    public Property Every_listed_material_moved_beyond_the_threshold_and_the_alarm_is_raised_exactly_when_one_did()
    {
        var move = Gen.Choose(-400, 400).Select(m => m / 1000m);
        return Prop.ForAll(move.ToArbitrary(), move.ToArbitrary(), (rebarMove, concreteMove) =>
        {
            var check = Check(Line(Rebar, 100m, 4000m), Line(Concrete, 500m, 450m));
            var alarm = StalePriceWatch.Evaluate(check, 2_000_000m, City, Later, Prices((Rebar, 4000m), (Concrete, 450m)),
                Prices((Rebar, 4000m * (1 + rebarMove)), (Concrete, 450m * (1 + concreteMove))), 0.10m);
            var expected = Math.Abs(rebarMove) > 0.10m || Math.Abs(concreteMove) > 0.10m;
            return (alarm is not null) == expected
                && (alarm is null || alarm.Materials.All(m => Math.Abs(m.CurrentPrice / m.BasePrice - 1) > 0.10m));
        });
    }

    private static MaterialCheck Check(params MaterialCheckLine[] lines) => new(City, "西安市", Base, 0.10m, [.. lines]);

    private static MaterialCheckLine Line((string Code, string Spec) resource, decimal quantity, decimal infoPrice) =>
        new(new MaterialRow("主要材料", 5, "G", null, resource.Code, resource.Code, resource.Spec, "t", quantity, infoPrice),
            MaterialStatus.Within, resource.Code, resource.Spec, infoPrice, City, "西安市", 0m);

    private static ImmutableDictionary<(string, string), decimal> Prices(params ((string, string) Key, decimal Price)[] prices) =>
        prices.ToImmutableDictionary(p => p.Key, p => p.Price);
}
