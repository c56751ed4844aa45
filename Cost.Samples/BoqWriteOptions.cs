using Cost.Domain.Projects;

namespace Cost.Samples;

/// <summary>How <see cref="BoqWorkbookWriter"/> lays a bill out.</summary>
/// <param name="LinesPerPage">表-08 lines per printed page; each page repeats title, 工程名称 line and header and ends with 本页小计.</param>
/// <param name="CodesAsNumbers">Store item codes as numbers (the leading 0 is lost, as in many exports).</param>
/// <param name="NumbersAsText">Store quantities, rates and amounts as text with thousands separators ("1,234.50").</param>
/// <param name="TenderName">The tender's name on the cover; by default the first unit work's name up to its last "-".</param>
/// <param name="Signatories">The 编制人 and 复核人 of a 扉页 sheet after the cover (扉-2); no 扉页 when null.</param>
public sealed record BoqWriteOptions(
    int LinesPerPage = 20,
    bool CodesAsNumbers = false,
    bool NumbersAsText = false,
    string? TenderName = null,
    Signatories? Signatories = null)
{
    public static readonly BoqWriteOptions Default = new();
}
