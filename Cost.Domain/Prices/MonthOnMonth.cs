namespace Cost.Domain.Prices;

/// <summary>The month-on-month change (环比) of a price: against the price published the month before.</summary>
public static class MonthOnMonth
{
    /// <summary>(price − previous) / previous, as an unrounded fraction; null without a previous price above zero.</summary>
    public static decimal? Change(decimal price, decimal? previous) =>
        previous is { } before && before > 0m ? (price - before) / before : null;

    /// <summary>Each price's tax-inclusive price in <paramref name="previous"/> (上期价), matched by resource code and spec; null when it had none.</summary>
    public static Func<InfoPrice, decimal?> PreviousPrice(IEnumerable<InfoPrice> previous)
    {
        var before = previous.ToDictionary(p => (p.ResourceCode, p.Spec), p => p.PriceInclTax);
        return price => before.TryGetValue((price.ResourceCode, price.Spec), out var was) ? was : null;
    }
}
