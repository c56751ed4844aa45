using System.Collections.Immutable;
using System.Globalization;

namespace Cost.Domain.Indices;

/// <summary>
/// A price/quantity table indexed once into dense period × item arrays (period-major, so a comparison
/// of two periods reads two contiguous rows). An absent cell holds NaN in every array.
/// </summary>
/// <remarks>
/// The periods are the distinct months that occur in the observations, in order; gaps between them
/// are allowed, and "t − 1" in a chain is the previous period of the table.
/// </remarks>
public sealed class PricePanel
{
    private readonly double[] _prices;
    private readonly double[] _quantities;
    private readonly double[] _logPrices;

    private PricePanel(ImmutableArray<YearMonth> periods, ImmutableArray<string> items, double[] prices, double[] quantities)
    {
        Periods = periods;
        Items = items;
        _prices = prices;
        _quantities = quantities;
        _logPrices = new double[prices.Length];
        for (var k = 0; k < prices.Length; k++)
        {
            _logPrices[k] = Math.Log(prices[k]);
        }
    }

    public ImmutableArray<YearMonth> Periods { get; }

    public ImmutableArray<string> Items { get; }

    public int PeriodCount => Periods.Length;

    public int ItemCount => Items.Length;

    /// <summary>The position of <paramref name="period"/> in <see cref="Periods"/>, or −1.</summary>
    public int IndexOf(YearMonth period) => Periods.BinarySearch(period) is var k and >= 0 ? k : -1;

    /// <summary>The price of an item in a period, or null when it was not priced.</summary>
    public double? Price(int period, int item) => _prices[Cell(period, item)] is var p && double.IsNaN(p) ? null : p;

    /// <summary>The quantity of an item in a period, or null when it was not priced.</summary>
    public double? Quantity(int period, int item) => _quantities[Cell(period, item)] is var q && double.IsNaN(q) ? null : q;

    public ReadOnlySpan<double> PriceRow(int period) => _prices.AsSpan(period * ItemCount, ItemCount);

    public ReadOnlySpan<double> QuantityRow(int period) => _quantities.AsSpan(period * ItemCount, ItemCount);

    /// <summary>ln p, computed once so that Jevons and Törnqvist take ln(p_t / p_0) as a difference.</summary>
    public ReadOnlySpan<double> LogPriceRow(int period) => _logPrices.AsSpan(period * ItemCount, ItemCount);

    private int Cell(int period, int item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(period, PeriodCount);
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, ItemCount);
        return (period * ItemCount) + item;
    }

    /// <summary>
    /// Indexes valid rows (positive finite prices, non-negative finite quantities, no duplicate period
    /// and item); throws <see cref="ArgumentException"/> otherwise. User input goes through
    /// <see cref="IndexCalculator"/>, which reports every problem instead.
    /// </summary>
    public static PricePanel Build(IReadOnlyList<PanelObservation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            if (!(double.IsFinite(row.Price) && row.Price > 0) || !(double.IsFinite(row.Quantity) && row.Quantity >= 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{row.Period} {row.Item}: price must be positive and quantity non-negative."), nameof(rows));
            }
        }

        var duplicates = new List<(int First, int Second)>();
        var panel = Build(rows, duplicates);
        return duplicates.Count == 0
            ? panel
            : throw new ArgumentException($"{rows[duplicates[0].Second].Period} {rows[duplicates[0].Second].Item}: duplicate period and item.", nameof(rows));
    }

    /// <summary>Indexes rows, collecting each duplicate (period, item) as the positions of its first and repeated rows.</summary>
    internal static PricePanel Build(IReadOnlyList<PanelObservation> rows, List<(int First, int Second)> duplicates)
    {
        var itemIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = new List<string>();
        var rowItems = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            if (!itemIndex.TryGetValue(rows[r].Item, out var k))
            {
                itemIndex.Add(rows[r].Item, k = items.Count);
                items.Add(rows[r].Item);
            }

            rowItems[r] = k;
        }

        return Build(rows, rowItems, items, duplicates);
    }

    /// <summary>
    /// Indexes rows whose items are numbered already (<paramref name="rowItems"/>[r] is the position of row r's item in
    /// <paramref name="items"/>), collecting duplicates as <see cref="Build(IReadOnlyList{PanelObservation}, List{ValueTuple{int, int}})"/> does.
    /// </summary>
    internal static PricePanel Build(IReadOnlyList<PanelObservation> rows, IReadOnlyList<int> rowItems, IReadOnlyList<string> items,
        List<(int First, int Second)> duplicates)
    {
        var periodSet = new HashSet<YearMonth>();
        foreach (var row in rows)
        {
            periodSet.Add(row.Period);
        }

        var periods = periodSet.Order().ToImmutableArray();
        var periodIndex = new Dictionary<YearMonth, int>(periods.Length);
        for (var t = 0; t < periods.Length; t++)
        {
            periodIndex.Add(periods[t], t);
        }

        var cells = checked(periods.Length * items.Count);
        var prices = new double[cells];
        var quantities = new double[cells];
        Array.Fill(prices, double.NaN);
        Array.Fill(quantities, double.NaN);
        var firstRow = new int[cells];
        for (var r = 0; r < rows.Count; r++)
        {
            var cell = (periodIndex[rows[r].Period] * items.Count) + rowItems[r];
            if (!double.IsNaN(prices[cell]))
            {
                duplicates.Add((firstRow[cell], r));
                continue;
            }

            prices[cell] = rows[r].Price;
            quantities[cell] = rows[r].Quantity;
            firstRow[cell] = r;
        }

        return new PricePanel(periods, [.. items], prices, quantities);
    }

    /// <summary>
    /// The <c>carry</c> imputation (docs/domain-rules.md "Indices"): over the whole table, each item
    /// absent in a period takes the price of its latest earlier observation, or of its earliest later
    /// one when there is none, with quantity 0. The result has no absent cells.
    /// </summary>
    public PricePanel WithCarriedPrices()
    {
        var prices = (double[])_prices.Clone();
        var quantities = (double[])_quantities.Clone();
        var n = ItemCount;
        for (var i = 0; i < n; i++)
        {
            var last = double.NaN;
            var first = double.NaN;
            for (var t = 0; t < PeriodCount; t++)
            {
                var cell = (t * n) + i;
                if (double.IsNaN(prices[cell]))
                {
                    prices[cell] = last;
                    quantities[cell] = 0;
                }
                else
                {
                    last = prices[cell];
                    if (double.IsNaN(first))
                    {
                        first = last;
                    }
                }
            }

            // Leading absences had nothing earlier: they take the earliest later price.
            for (var t = 0; t < PeriodCount && double.IsNaN(prices[(t * n) + i]); t++)
            {
                prices[(t * n) + i] = first;
            }
        }

        return new PricePanel(Periods, Items, prices, quantities);
    }
}
