namespace Cost.Importers.Prices;

/// <summary>The columns of a price survey (contract: http-api.md "Price collection and publication").</summary>
internal enum SurveyField
{
    ResourceCode,
    Name,
    Spec,
    Unit,
    PriceInclTax,
    VatRate,
    Quantity,
    Supplier,
    QuotedOn,

    /// <summary>月份: only in the multi-month sample file.</summary>
    Month,
}
