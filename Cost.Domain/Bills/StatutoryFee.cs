namespace Cost.Domain.Bills;

/// <summary>
/// One leaf fee row of 表-13 (1.1 社会保险费, 1.2 住房公积金, …), never its parent 规费 row. Priced like a
/// lump-sum measure: round(base × rate%, 2) when the base is computable, otherwise as stated.
/// </summary>
public sealed record StatutoryFee(
    string Number,
    string Name,
    string BaseText,
    CostBase? Base,
    decimal? RatePercent,
    decimal? StatedAmount);
