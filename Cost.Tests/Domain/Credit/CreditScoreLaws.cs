using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Store;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Credit;

/// <summary>Laws of the credit score (docs/domain-rules.md "Credit"): a pure function of the records and a date.</summary>
public class CreditScoreLaws
{
    private static readonly DateOnly Origin = new(2022, 1, 1);
    private static readonly GradeScale Scale = GradeScale.Default;

    private static Gen<DateOnly> Dates => Gen.Choose(0, 2000).Select(Origin.AddDays);

    private static Gen<CreditRecord> RecordOf(Gen<CreditKind> kinds) =>
        from kind in kinds
        from points in Gen.Choose(1, 3000).Select(p => p / 100m)
        from months in Gen.Choose(1, 48)
        from occurred in Dates
        from revokedAfter in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 400).Select(d => (int?)d))
        select CreditBuilder.Record(1, kind, points, months, occurred, revokedAfter is { } d ? occurred.AddDays(d) : null);

    private static Gen<CreditKind> AnyKind => Gen.Elements(CreditKind.Good, CreditKind.Bad);

    private static Gen<ImmutableArray<CreditRecord>> Files =>
        Gen.ListOf(RecordOf(AnyKind)).Select(rs => rs.Select((r, i) => r with { No = i + 1 }).ToImmutableArray());

    private static Arbitrary<ImmutableArray<CreditRecord>> FileArb => Arb.From(Files);

    private static Arbitrary<DateOnly> DateArb => Arb.From(Dates);

    [Property(MaxTest = 300)]
    public Property Adding_a_good_record_never_lowers_the_score() =>
        Prop.ForAll(FileArb, Arb.From(RecordOf(Gen.Constant(CreditKind.Good))), DateArb, (records, good, on) =>
            CreditScore.On(records.Add(good), on, Scale.BaseScore) >= CreditScore.On(records, on, Scale.BaseScore));

    [Property(MaxTest = 300)]
    public Property Adding_a_bad_record_never_raises_the_score() =>
        Prop.ForAll(FileArb, Arb.From(RecordOf(Gen.Constant(CreditKind.Bad))), DateArb, (records, bad, on) =>
            CreditScore.On(records.Add(bad), on, Scale.BaseScore) <= CreditScore.On(records, on, Scale.BaseScore));

    [Property(MaxTest = 300)]
    public Property The_score_on_a_date_ignores_records_expired_before_it() =>
        Prop.ForAll(FileArb, DateArb, (records, on) =>
            CreditScore.On(records, on, Scale.BaseScore) == CreditScore.On(records.Where(r => !r.IsExpiredOn(on)), on, Scale.BaseScore));

    [Property(MaxTest = 300)]
    public Property The_score_ignores_records_not_yet_started_and_revoked_ones() =>
        Prop.ForAll(FileArb, DateArb, (records, on) =>
            CreditScore.On(records, on, Scale.BaseScore)
                == CreditScore.On(records.Where(r => r.StartsOn <= on && !(r.RevokedOn <= on)), on, Scale.BaseScore));

    [Property(MaxTest = 300)]
    public Property The_score_is_the_base_plus_good_minus_bad() =>
        Prop.ForAll(FileArb, DateArb, (records, on) =>
        {
            var counting = records.Where(r => r.CountsOn(on)).ToList();
            var good = counting.Where(r => r.Kind == CreditKind.Good).Sum(r => r.Points);
            var bad = counting.Where(r => r.Kind == CreditKind.Bad).Sum(r => r.Points);
            return CreditScore.On(records, on, Scale.BaseScore) == Scale.BaseScore + good - bad;
        });

    /// <summary>The stored file is the domain document as JSON: recomputing from what was stored gives the same standing.</summary>
    [Property(MaxTest = 200)]
    public Property Recomputing_from_the_stored_records_gives_the_stored_standing() =>
        Prop.ForAll(FileArb, DateArb, (records, on) =>
        {
            var file = new CreditFile("91350100M000100Y43", records);
            var stored = file.StandingOn(on, Scale);
            var reloaded = new CreditFile(file.CreditCode, [.. records.Select(r => StoreJson.Read<CreditRecord>(StoreJson.Write(r)))]);
            return reloaded.StandingOn(on, Scale) == stored
                && Hundredths.Read(Hundredths.Write(stored.Score)) == stored.Score;
        });

    [Property(MaxTest = 300)]
    public Property A_higher_score_never_has_a_worse_grade() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 15000).Select(s => s / 100m)), Arb.From(Gen.Choose(0, 15000).Select(s => s / 100m)), (a, b) =>
        {
            var grades = Scale.Grades.ToList();
            var (low, high) = a <= b ? (a, b) : (b, a);
            return grades.IndexOf(Scale.GradeOf(high)) <= grades.IndexOf(Scale.GradeOf(low));
        });

    [Property(MaxTest = 100)]
    public Property The_history_agrees_with_the_score_on_each_of_its_days() =>
        Prop.ForAll(FileArb, DateArb, (records, from) =>
        {
            var to = from.AddDays(900);
            var history = CreditScore.History(records, from, to, Scale);
            return history[0].On == from && history[^1].On == to
                && history.All(h => h.Score == CreditScore.On(records, h.On, Scale.BaseScore));
        });
}
