namespace Cost.Domain.Prices;

/// <summary>
/// What the bureau's own price for a series must carry: a positive tax-inclusive price and a written
/// reason. The price is kept to the cent (<see cref="Money.Round"/>) and the reason trimmed.
/// </summary>
public static class PriceOverrideRule
{
    /// <summary>Why an override is refused when the price or the reason is missing, in Chinese.</summary>
    public const string Refusal = "修改价格须填写正的含税价和理由。";

    /// <summary>True when <paramref name="priceInclTax"/> (yuan) is given and above zero.</summary>
    public static bool PriceAccepted(decimal? priceInclTax) => priceInclTax is > 0m;

    /// <summary>True when a reason is written (not blank).</summary>
    public static bool ReasonGiven(string? reason) => !string.IsNullOrWhiteSpace(reason);

    /// <summary>The override as it is kept, or null when the price or the reason is not acceptable.</summary>
    public static PriceOverride? Create(decimal? priceInclTax, string? reason, string by, DateTimeOffset at) =>
        priceInclTax is { } price && PriceAccepted(price) && reason is not null && ReasonGiven(reason)
            ? new PriceOverride(Money.Round(price), reason.Trim(), by, at)
            : null;
}
