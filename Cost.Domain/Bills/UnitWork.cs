using System.Collections.Immutable;

namespace Cost.Domain.Bills;

/// <summary>
/// One unit work (单位工程) of a bill: its 表-08 lines, 表-11 lump sums, 表-12 other items and
/// 表-13 fees. <see cref="StatedVatRate"/> is the rate printed in 表-13, kept only to warn when it
/// differs from the rule set's. <see cref="SingleWork"/> is the 单项工程 whose 表-03 lists this unit work
/// (GB/T 50500-2013 表-03), null when the workbook has no 表-03.
/// </summary>
public sealed record UnitWork(
    string Name,
    ImmutableArray<BoqLine> Lines,
    ImmutableArray<LumpSumMeasure> LumpSums,
    OtherItems OtherItems,
    ImmutableArray<StatutoryFee> Fees,
    decimal? StatedVatRate = null,
    string? SingleWork = null);
