using Cost.Domain.Credit;
using Cost.Silos.ReadModels;

namespace Cost.Web.Credit;

/// <summary>
/// The C-grade gate (issue 5): a firm in the lowest grade cannot submit new ceiling prices until its
/// grade recovers, when data/credit-grades.json says so. Reads the grade last computed.
/// </summary>
public sealed class CreditGate(CreditQueries queries, GradeScale scale)
{
    /// <summary>Null when the firm may submit; otherwise why not, in Chinese.</summary>
    public async Task<string?> SubmissionRefusalAsync(string firmCreditCode, CancellationToken cancellationToken = default) =>
        await queries.GradeAsync(firmCreditCode, cancellationToken) is { } grade && scale.BlocksSubmission(grade)
            ? $"编制单位诚信等级为 {grade} 级，等级恢复前不能提交新的最高投标限价。"
            : null;
}
