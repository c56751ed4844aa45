namespace Cost.Domain.Bills;

/// <summary>
/// One row of 表-11 总价措施项目清单与计价表. When <see cref="Base"/> names sums the system computes and
/// a rate is given, it is priced at round(base × rate%, 2); otherwise <see cref="StatedAmount"/> is taken.
/// </summary>
public sealed record LumpSumMeasure(
    string Code,
    string Name,
    string BaseText,
    CostBase? Base,
    decimal? RatePercent,
    decimal? StatedAmount)
{
    /// <summary>安全文明施工费 is reported on its own (GB/T 50500-2013 §3.1.5: not competitive).</summary>
    public bool IsSafetyCivilization => Name.Contains("安全文明", StringComparison.Ordinal);
}
