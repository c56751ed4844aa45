namespace Cost.Domain.Pricing;

/// <summary>Where a <see cref="ComplianceBreach"/> is in a unit work's tables.</summary>
public enum BreachPlace
{
    /// <summary>A 表-11 item, by its index in <see cref="Bills.UnitWork.LumpSums"/>.</summary>
    LumpSum,

    /// <summary>A 表-13 fee, by its index in <see cref="Bills.UnitWork.Fees"/>.</summary>
    Fee,

    /// <summary>The 税金 row of 表-13.</summary>
    Tax,

    /// <summary>表-11 as a whole (an item it lacks).</summary>
    LumpSumTable,

    /// <summary>表-13 as a whole (a fee it lacks).</summary>
    FeeTable,
}
