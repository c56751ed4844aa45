using Cost.Domain;
using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.Prices.PriceBuilders;

namespace Cost.Tests.Domain.Prices;

/// <summary>Laws of the information-price method (docs/domain-rules.md "Information price"), over generated quotes.</summary>
public class InfoPriceCalculatorLaws
{
    private static readonly InfoPriceMethod Method = InfoPriceMethod.Default;

    private static DraftPrice Draft(IReadOnlyCollection<PriceObservation> quotes, decimal? last = null) =>
        InfoPriceCalculator.Compute(Rebar, quotes, last, Method);

    [Property(MaxTest = 300)]
    public Property The_result_does_not_depend_on_the_order_of_the_observations() =>
        Prop.ForAll(Arbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (quotes, seed) =>
        {
            var shuffled = quotes.OrderBy(_ => new Random(seed).Next()).Reverse().ToList();
            var a = Draft(quotes);
            var b = Draft(shuffled);
            return a.PriceInclTax == b.PriceInclTax && a.PriceExclTax == b.PriceExclTax && a.Median == b.Median
                && a.Observations == b.Observations
                && a.Dropped.Select(d => d.Observation).SequenceEqual(b.Dropped.Select(d => d.Observation));
        });

    /// <summary>
    /// The outlier rule is scale-free and the mean is linear, so only the final rounding differs:
    /// |round(k·m) − k·round(m)| ≤ 0.005 + k × 0.005.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Scaling_every_price_by_k_scales_the_result_by_k_within_rounding() =>
        Prop.ForAll(Arbitrary(), Arb.From(Gen.Choose(2, 1000)), (quotes, k) =>
        {
            var scaled = quotes.Select(q => q with { PriceInclTax = q.PriceInclTax * k }).ToList();
            var a = Draft(quotes);
            var b = Draft(scaled);
            return a.Observations == b.Observations
                && Math.Abs(b.PriceInclTax!.Value - (k * a.PriceInclTax!.Value)) <= 0.005m + (k * 0.005m);
        });

    /// <summary>
    /// One wild quote among at least 5 is dropped, so the price stays within the range of the others:
    /// it moves by no more than their spread (plus a fen of rounding).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property One_wild_outlier_among_five_or_more_moves_the_result_less_than_the_spread_of_the_rest() =>
        Prop.ForAll(Arbitrary(min: 4, max: 20), Arb.From(Gen.Choose(50, 1000)), (rest, factor) =>
        {
            var max = rest.Max(q => q.PriceInclTax);
            var min = rest.Min(q => q.PriceInclTax);
            var wildPrice = (max * factor) + 100_000m;
            var wild = Quote(wildPrice, rest[0].Quantity is null ? null : 1m, row: 999);
            var without = Draft(rest);
            var with = Draft([.. rest, wild]);
            return (Math.Abs(with.PriceInclTax!.Value - without.PriceInclTax!.Value) <= (max - min) + 0.01m)
                .Label($"with {with.PriceInclTax}, without {without.PriceInclTax}, spread {max - min}")
                .And(with.Dropped.Any(d => d.Observation == wild)).Label("the wild quote is dropped");
        });

    [Property(MaxTest = 300)]
    public Property Tax_exclusive_is_the_inclusive_price_over_one_plus_the_rate_rounded_to_the_fen() =>
        Prop.ForAll(Arbitrary(), Arb.From(Gen.Elements(0m, 0.03m, 0.09m, 0.13m)), (quotes, rate) =>
        {
            var resource = Rebar with { VatRate = rate };
            var d = InfoPriceCalculator.Compute(resource, quotes, null, Method);
            return d.PriceExclTax == Math.Round(d.PriceInclTax!.Value / (1m + rate), 2, MidpointRounding.AwayFromZero)
                && d.PriceInclTax == Money.Round(d.PriceInclTax.Value);
        });

    [Property(MaxTest = 200)]
    public Property Fewer_than_three_observations_carry_the_last_price_forward() =>
        Prop.ForAll(Arbitrary(min: 0, max: 2), Arb.From(Gen.Choose(100, 999_999)), (quotes, lastFen) =>
        {
            var last = lastFen / 100m;
            var d = Draft(quotes, last);
            return d.Carried && !d.Withheld && d.PriceInclTax == last
                && d.PriceExclTax == Money.Round(last / 1.13m)
                && d.Flags.SequenceEqual([DraftFlags.Carried]);
        });

    [Property(MaxTest = 200)]
    public Property The_price_lies_between_the_smallest_and_largest_quote_kept() =>
        Prop.ForAll(Arbitrary(), quotes =>
        {
            var d = Draft(quotes);
            var kept = quotes.Except(d.Dropped.Select(x => x.Observation)).ToList();
            return d.Observations == kept.Count && d.Observations + d.Dropped.Length == quotes.Count
                && d.PriceInclTax >= Money.Round(kept.Min(q => q.PriceInclTax))
                && d.PriceInclTax <= Money.Round(kept.Max(q => q.PriceInclTax));
        });
}
