namespace Cost.Domain.Prices;

/// <summary>
/// Converts a quote issued on one VAT invoice to the catalogue's rate (docs/prices.md "Quotes on other invoices"):
/// a supplier on a 3 % or 1 % small-taxpayer invoice (增值税暂行条例 §12, 小规模纳税人征收率) quotes a
/// tax-inclusive price that is not comparable with a 13 % quote until both are stated tax-exclusive.
/// </summary>
public static class VatConversion
{
    /// <summary>inclusive / (1 + rate): the tax-exclusive price of a quote, unrounded.</summary>
    public static decimal Exclusive(decimal inclusive, decimal rate) => inclusive / (1m + rate);

    /// <summary>
    /// The quote's price as if invoiced at <paramref name="toRate"/>: its tax-exclusive price at its own rate, times
    /// (1 + the other rate). A quote already at that rate is returned unchanged, so converting never moves it.
    /// </summary>
    public static decimal Reprice(decimal inclusive, decimal fromRate, decimal toRate) =>
        fromRate == toRate ? inclusive : Exclusive(inclusive, fromRate) * (1m + toRate);
}
