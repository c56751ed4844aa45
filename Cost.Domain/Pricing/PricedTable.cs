namespace Cost.Domain.Pricing;

/// <summary>The table of a unit work a fee rule applies to.</summary>
public enum PricedTable
{
    /// <summary>表-11 总价措施项目清单与计价表.</summary>
    LumpSumMeasures,

    /// <summary>表-13 规费、税金项目计价表 (its leaf fee rows).</summary>
    StatutoryFees,
}
