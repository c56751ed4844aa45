namespace Cost.Domain.Prices;

/// <summary>The bureau's own tax-inclusive price for a series, with the written reason, who set it and when.</summary>
public sealed record PriceOverride(decimal PriceInclTax, string Reason, string By, DateTimeOffset At);
