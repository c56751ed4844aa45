namespace Cost.Domain.Bills;

/// <summary>
/// 表-12 其他项目清单与计价汇总表. Material provisional prices (材料暂估价) sit inside unit rates and are
/// not part of this sum (GB/T 50500-2013 §5.2.5).
/// </summary>
public sealed record OtherItems(
    decimal Contingency,
    decimal ProfessionalProvisional,
    decimal Daywork,
    decimal MainContractorAttendance)
{
    public static readonly OtherItems None = new(0m, 0m, 0m, 0m);

    /// <summary>暂列金额 + 专业工程暂估价 + 计日工 + 总承包服务费.</summary>
    public decimal Total => Contingency + ProfessionalProvisional + Daywork + MainContractorAttendance;
}
