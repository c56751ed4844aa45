using System.Collections.Immutable;

namespace Cost.Domain.Bills;

/// <summary>
/// A bill of quantities (工程量清单): the unit works of one tender, in workbook order, and the project
/// name the workbook states (on its 封面, its 表-02 or its 工程名称 lines), when it states one, and the 编制人 and 复核人
/// its 扉页 names (null when it has no 扉页 naming them).
/// </summary>
public sealed record Boq(ImmutableArray<UnitWork> UnitWorks, StatedName? ProjectName = null, Projects.Signatories? Signatories = null)
{
    /// <summary>Priced lines of 表-08 over all unit works (measured works and unit-priced measures).</summary>
    public int LineCount => UnitWorks.Sum(u => u.Lines.Length);
}
