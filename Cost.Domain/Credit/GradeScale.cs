using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>
/// data/credit-grades.json: the base score every firm starts from, the grade thresholds (defaults
/// AAA ≥ 90, AA ≥ 80, A ≥ 70, B ≥ 60, else C) and whether a firm in the lowest grade may submit
/// ceiling prices.
/// </summary>
public sealed record GradeScale(
    decimal BaseScore,
    ImmutableArray<GradeThreshold> Thresholds,
    string LowestGrade,
    bool LowestGradeBlocksSubmission)
{
    public static readonly GradeScale Default = new(
        80m, [new("AAA", 90m), new("AA", 80m), new("A", 70m), new("B", 60m)], "C", true);

    /// <summary>The highest grade whose threshold the score reaches; the lowest grade below every threshold.</summary>
    public string GradeOf(decimal score) =>
        Thresholds.OrderByDescending(t => t.MinScore).FirstOrDefault(t => score >= t.MinScore)?.Grade ?? LowestGrade;

    /// <summary>Every grade, best first.</summary>
    public IEnumerable<string> Grades => Thresholds.OrderByDescending(t => t.MinScore).Select(t => t.Grade).Append(LowestGrade);
}
