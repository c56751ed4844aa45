using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.Prices.PriceBuilders;

namespace Cost.Tests.Domain.Prices;

/// <summary>Laws of the keep band, the small-count rule and the conversion of quotes on other invoices (docs/prices.md).</summary>
public class SmallCountAndInvoiceLaws
{
    private static readonly InfoPriceMethod Method = InfoPriceMethod.Default;

    private static readonly Gen<decimal> Rates = Gen.Elements(0m, 0.01m, 0.03m, 0.06m, 0.09m, 0.13m);

    [Property(MaxTest = 300)]
    public Property A_quote_within_the_keep_band_of_the_median_is_never_dropped() =>
        Prop.ForAll(Arbitrary(min: 1, max: 20), quotes =>
        {
            var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);
            var median = d.Median!.Value;
            return d.Dropped.All(x => Math.Abs(x.Observation.PriceInclTax - median) * 100m > median * Method.KeepBandPercent)
                .Label($"median {median}, dropped {string.Join(",", d.Dropped.Select(x => x.Observation.PriceInclTax))}");
        });

    [Property(MaxTest = 300)]
    public Property With_fewer_than_five_quotes_the_MAD_rule_drops_nothing() =>
        Prop.ForAll(Arbitrary(min: 1, max: 4), quotes =>
        {
            var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);
            return d.Dropped.IsEmpty && d.Kept.Length == quotes.Count && d.Observations == quotes.Count;
        });

    [Property(MaxTest = 300)]
    public Property Converting_to_another_rate_and_back_returns_the_quote() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 99_999_999)), Arb.From(Rates), Arb.From(Rates), (fen, from, to) =>
        {
            var price = fen / 100m;
            var there = VatConversion.Reprice(price, from, to);
            var back = VatConversion.Reprice(there, to, from);
            return (Math.Abs(back - price) < 0.000_000_000_001m).Label($"{price} → {there} → {back}")
                .And(VatConversion.Exclusive(there, to) - VatConversion.Exclusive(price, from) is var gap
                    && Math.Abs(gap) < 0.000_000_000_001m).Label("the tax-exclusive price is the same at both rates");
        });

    [Property(MaxTest = 300)]
    public Property Quotes_at_the_catalogue_rate_are_not_moved_by_the_conversion() =>
        Prop.ForAll(Arbitrary(), quotes =>
        {
            var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);
            var plainMean = quotes.Except(d.Dropped.Select(x => x.Observation)).ToList() is var kept
                && kept.All(q => q.Quantity is > 0m)
                    ? kept.Sum(q => q.PriceInclTax * q.Quantity!.Value) / kept.Sum(q => q.Quantity!.Value)
                    : kept.Average(q => q.PriceInclTax);
            return d.PriceInclTax == Cost.Domain.Money.Round(plainMean)
                && d.Kept.All(k => !k.Rule.Contains("折为除税价", StringComparison.Ordinal));
        });

    [Property(MaxTest = 200)]
    public Property The_published_price_is_the_catalogue_rate_applied_to_the_tax_exclusive_mean() =>
        Prop.ForAll(Arbitrary(min: 3, max: 4), Arb.From(Gen.ListOf(Rates, 4)), (quotes, rates) =>
        {
            var onInvoices = quotes.Select((q, i) => q with { Quantity = null, VatRate = rates[i] }).ToList();
            var d = InfoPriceCalculator.Compute(Rebar, onInvoices, null, Method);
            var exclusiveMean = onInvoices.Average(q => VatConversion.Exclusive(q.PriceInclTax, q.VatRate));
            return (Math.Abs(d.PriceInclTax!.Value - (exclusiveMean * 1.13m)) <= 0.005m)
                .Label($"{d.PriceInclTax} against {exclusiveMean * 1.13m}");
        });
}
