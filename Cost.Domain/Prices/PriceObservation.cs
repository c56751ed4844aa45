namespace Cost.Domain.Prices;

/// <summary>
/// One market price quoted in a survey, already converted to the catalogue's unit: tax-inclusive
/// unit price in yuan, VAT rate as a fraction, quantity when reported, supplier and quote date.
/// </summary>
public sealed record PriceObservation(
    string ResourceCode,
    string Spec,
    decimal PriceInclTax,
    decimal VatRate,
    decimal? Quantity,
    string Supplier,
    DateOnly QuotedOn,
    ObservationSource Source);
