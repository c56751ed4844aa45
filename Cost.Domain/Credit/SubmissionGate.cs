namespace Cost.Domain.Credit;

/// <summary>
/// Whether a firm may submit a new ceiling price: a firm in the lowest grade may not, until its grade
/// recovers, when data/credit-grades.json says so. Decided on the standing last computed.
/// </summary>
public static class SubmissionGate
{
    /// <summary>Null when the firm may submit (also before its first standing); otherwise why not, in Chinese.</summary>
    public static string? Refusal(CreditStanding? standing, GradeScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return standing is { } s && scale.LowestGradeBlocksSubmission && s.Grade == scale.LowestGrade
            ? $"编制单位诚信等级为 {s.Grade} 级，等级恢复前不能提交新的最高投标限价。"
            : null;
    }
}
