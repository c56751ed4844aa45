using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.Indices.IndexTables;

namespace Cost.Tests.Domain.Indices;

/// <summary>
/// The production calculator against <see cref="IndexReference"/>, the contract's definitions written
/// out literally, to 1e-9 relative, on generated tables with missing prices (the same panels that
/// IndexNumR and PriceIndices are compared on).
/// </summary>
public class ReferenceAgreementTests
{
    private static Property Agrees(bool chained, bool carry) =>
        Prop.ForAll(Arb.From(Tables()), Arb.From(Gen.Choose(0, 6)), (rows, baseChoice) =>
        {
            var reference = new IndexReference(rows, carry);
            var basePeriod = reference.Periods[baseChoice % reference.Periods.Count];
            var actual = Run(rows, basePeriod, Bilateral, chained, carry);
            return Bilateral.All(f =>
            {
                var expected = chained ? reference.Chained(f, basePeriod) : reference.FixedBase(f, basePeriod);
                return AllClose(expected, actual[f]);
            }).Label($"base {basePeriod}");
        });

    [Property(MaxTest = 300)]
    public Property Fixed_base_matched_agrees_with_the_definitions() => Agrees(chained: false, carry: false);

    [Property(MaxTest = 300)]
    public Property Chained_matched_agrees_with_the_definitions() => Agrees(chained: true, carry: false);

    [Property(MaxTest = 300)]
    public Property Fixed_base_carry_agrees_with_the_definitions() => Agrees(chained: false, carry: true);

    [Property(MaxTest = 300)]
    public Property Chained_carry_agrees_with_the_definitions() => Agrees(chained: true, carry: true);

    [Property(MaxTest = 200)]
    public Property GEKS_over_the_full_window_agrees_with_the_definition() =>
        Prop.ForAll(Arb.From(Tables(presentPercent: 85)), Arb.From(Gen.Choose(0, 6)), Arb.From(Gen.Elements(false, true)), (rows, baseChoice, carry) =>
        {
            var reference = new IndexReference(rows, carry);
            var basePeriod = reference.Periods[baseChoice % reference.Periods.Count];
            var actual = Run(rows, basePeriod, ["geks-fisher", "geks-tornqvist", "geks-jevons"], carry: carry);
            return (AllClose(reference.GeksFull("fisher", basePeriod), actual["geks-fisher"])
                && AllClose(reference.GeksFull("tornqvist", basePeriod), actual["geks-tornqvist"])
                && AllClose(reference.GeksFull("jevons", basePeriod), actual["geks-jevons"]))
                .Label($"base {basePeriod}: {Show(actual["geks-tornqvist"])} vs {Show(reference.GeksFull("tornqvist", basePeriod))}");
        });

    [Property(MaxTest = 200)]
    public Property GEKS_over_a_rolling_window_with_the_mean_splice_agrees_with_the_definition() =>
        Prop.ForAll(Arb.From(Tables(presentPercent: 85, minPeriods: 3, maxPeriods: 9)), Arb.From(Gen.Choose(0, 8)),
            Arb.From(Gen.Choose(2, 8).SelectMany(w => Gen.Elements(false, true).Select(c => (Window: w, Carry: c)))), (rows, baseChoice, options) =>
        {
            var (windowChoice, carry) = options;
            var reference = new IndexReference(rows, carry);
            var n = reference.Periods.Count;
            var window = 2 + (windowChoice % (n - 1));
            var basePeriod = reference.Periods[baseChoice % n];
            var actual = Run(rows, basePeriod, ["geks-fisher", "geks-tornqvist", "geks-jevons"], carry: carry, window: window);
            return (AllClose(reference.GeksRolling("fisher", basePeriod, window), actual["geks-fisher"])
                && AllClose(reference.GeksRolling("tornqvist", basePeriod, window), actual["geks-tornqvist"])
                && AllClose(reference.GeksRolling("jevons", basePeriod, window), actual["geks-jevons"]))
                .Label($"window {window}, base {basePeriod}: F {Show(actual["geks-fisher"])} vs {Show(reference.GeksRolling("fisher", basePeriod, window))}; T {Show(actual["geks-tornqvist"])} vs {Show(reference.GeksRolling("tornqvist", basePeriod, window))}; J {Show(actual["geks-jevons"])} vs {Show(reference.GeksRolling("jevons", basePeriod, window))}");
        });
}
