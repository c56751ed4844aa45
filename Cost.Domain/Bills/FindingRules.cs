namespace Cost.Domain.Bills;

/// <summary>
/// The stable codes of <see cref="BoqFinding.Rule"/>. A program (or a compiler's filter) may rely on
/// them: new checks get new codes, and a code never changes meaning.
/// </summary>
public static class FindingRules
{
    /// <summary>表-08 合价 ≠ round(工程量 × 综合单价, 2).</summary>
    public const string LineAmount = "line-amount";

    /// <summary>A 分部小计 ≠ the lines since the last heading.</summary>
    public const string Subtotal = "subtotal";

    /// <summary>A 本页小计 ≠ the lines since the last page start.</summary>
    public const string PageSubtotal = "page-subtotal";

    /// <summary>A table's 合计 ≠ the sum of its rows.</summary>
    public const string TableTotal = "table-total";

    /// <summary>A 表-11 item ≠ round(base × rate%, 2), or taken as stated.</summary>
    public const string LumpSum = "lump-sum";

    /// <summary>A 表-13 fee ≠ round(base × rate%, 2), or taken as stated.</summary>
    public const string Fee = "fee";

    /// <summary>税金 ≠ round(tax base × VAT, 2), or a VAT rate other than the rule set's.</summary>
    public const string Tax = "tax";

    /// <summary>A stated amount of 表-02 / 表-03 / 表-04 ≠ the computed one.</summary>
    public const string Summary = "summary";

    /// <summary>An item code that is not 12 digits.</summary>
    public const string ItemCode = "item-code";

    /// <summary>An item code met twice in one unit work.</summary>
    public const string DuplicateCode = "duplicate-code";

    /// <summary>A number cell that is empty, not a number or negative.</summary>
    public const string Number = "number";

    /// <summary>A required table (or its header) is missing for a unit work.</summary>
    public const string MissingTable = "missing-table";

    /// <summary>A unit spelt another way and read as the standard spelling.</summary>
    public const string UnitSpelling = "unit-spelling";

    /// <summary>A unit rate of zero, or far outside the filed rates of the same item.</summary>
    public const string UnitRate = "unit-rate";

    /// <summary>The workbook's project name differs from the registered one.</summary>
    public const string ProjectName = "project-name";

    /// <summary>A non-competitive fee (不可竞争费) at a rate other than the rule set's.</summary>
    public const string NonCompetitiveRate = "non-competitive-rate";

    /// <summary>A non-competitive fee on a base other than the rule set's.</summary>
    public const string NonCompetitiveBase = "non-competitive-base";

    /// <summary>A fee the rule set requires is missing or priced at zero.</summary>
    public const string MissingFee = "missing-fee";

    /// <summary>A fee abolished before the tender is still priced.</summary>
    public const string AbolishedFee = "abolished-fee";

    /// <summary>A 税金 rate other than the tender's tax method's, under a provincial rule set.</summary>
    public const string TaxRate = "tax-rate";

    /// <summary>A main material's price outside the band around the month's 信息价.</summary>
    public const string MaterialPrice = "material-price";
}
