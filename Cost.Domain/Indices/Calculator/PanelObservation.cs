namespace Cost.Domain.Indices;

/// <summary>One row of a price/quantity table: an item's price and quantity in a month.</summary>
/// <param name="Period">The month.</param>
/// <param name="Item">The item's name or code, compared exactly.</param>
/// <param name="Price">Positive and finite (any currency unit; indices are unit-free).</param>
/// <param name="Quantity">Non-negative and finite; 0 gives the row no weight in the weighted formulas.</param>
public readonly record struct PanelObservation(YearMonth Period, string Item, double Price, double Quantity);
