using System.Collections.Immutable;

namespace Cost.Domain.Indicators;

/// <summary>
/// The published cells of the filed tenders in one scope (a region and a filing year, all when null), kept up to
/// date as tenders' values are replaced (a filing, a revision, an award) instead of computed anew from every filed
/// tender: each cell holds its values sorted, so a change re-sorts nothing and recomputes only the statistics of
/// the cells the changed tender is in. Reading the cells after a change costs the same however many tenders are
/// filed. <see cref="CostIndicatorCalculator.Compute"/> is this set filled once; a law holds the two equal.
/// Not thread-safe: the caller serialises changes and reads.
/// </summary>
public sealed class IndicatorCellSet
{
    private readonly string? _region;
    private readonly int? _year;
    private readonly Func<string, YearMonth, double>? _priceLevel;
    private readonly SortedDictionary<CellKey, Cell> _cells = new();
    private readonly Dictionary<string, int> _tenders = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private ImmutableArray<IndicatorCell>? _snapshot;

    /// <param name="region">Only tenders of this region; all when null.</param>
    /// <param name="year">Only tenders filed in this year; all when null.</param>
    /// <param name="priceLevel">Multiplies the money measures of a project type filed in a month (today's prices); as filed when null.</param>
    public IndicatorCellSet(string? region = null, int? year = null, Func<string, YearMonth, double>? priceLevel = null)
    {
        _region = region;
        _year = year;
        _priceLevel = priceLevel;
    }

    /// <summary>How many tenders have values in the scope.</summary>
    public int Projects => _tenders.Count;

    /// <summary>The filing years with values in the scope, newest first.</summary>
    public ImmutableArray<int> Years => [.. _years.Keys.OrderDescending()];

    /// <summary>The cells by project type (ordinal), then measure (<see cref="CostIndicatorCalculator.MeasureOrder"/>).</summary>
    public ImmutableArray<IndicatorCell> Cells => _snapshot ??= [.. _cells.Values.Select(c => c.ToCell())];

    /// <summary>Replaces one tender's values: <paramref name="before"/> (as last given, none for a new tender) by <paramref name="after"/>.</summary>
    public void Replace(IEnumerable<IndicatorValue> before, IEnumerable<IndicatorValue> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var value in before.Where(InScope))
        {
            var key = CellKey.Of(value);
            var cell = _cells[key];
            cell.Remove(Level(value));
            if (cell.Count == 0)
            {
                _cells.Remove(key);
            }

            Tally(_tenders, value.TenderCode, -1);
            Tally(_years, value.FiledMonth.Year, -1);
        }

        foreach (var value in after.Where(InScope))
        {
            var key = CellKey.Of(value);
            if (!_cells.TryGetValue(key, out var cell))
            {
                _cells[key] = cell = new Cell(value.ProjectType, value.Measure);
            }

            cell.Add(Level(value));
            Tally(_tenders, value.TenderCode, +1);
            Tally(_years, value.FiledMonth.Year, +1);
        }

        _snapshot = null;
    }

    private bool InScope(IndicatorValue value) =>
        (_region is null || value.Region == _region) && (_year is null || value.FiledMonth.Year == _year);

    private double Level(IndicatorValue value) =>
        value.Measure.IsMoney && _priceLevel is not null ? value.Value * _priceLevel(value.ProjectType, value.FiledMonth) : value.Value;

    /// <summary>Counts values by a key; a key whose count comes back to zero is gone.</summary>
    private static void Tally<TKey>(Dictionary<TKey, int> counts, TKey key, int change)
        where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + change;
        if (count == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = count;
        }
    }

    private readonly record struct CellKey(string ProjectType, int Rank, string MeasureCode) : IComparable<CellKey>
    {
        public static CellKey Of(IndicatorValue value) => new(value.ProjectType, CostIndicatorCalculator.MeasureOrder(value.Measure.Code), value.Measure.Code);

        public int CompareTo(CellKey other)
        {
            var type = string.CompareOrdinal(ProjectType, other.ProjectType);
            if (type != 0)
            {
                return type;
            }

            var rank = Rank.CompareTo(other.Rank);
            return rank != 0 ? rank : string.CompareOrdinal(MeasureCode, other.MeasureCode);
        }
    }

    /// <summary>One cell's values in ascending order, and its statistics once asked for until the next change.</summary>
    private sealed class Cell(string projectType, IndicatorMeasure measure)
    {
        private readonly List<double> _sorted = [];
        private IndicatorCell? _cell;

        public int Count => _sorted.Count;

        public void Add(double value)
        {
            var at = _sorted.BinarySearch(value);
            _sorted.Insert(at < 0 ? ~at : at, value);
            _cell = null;
        }

        public void Remove(double value)
        {
            var at = _sorted.BinarySearch(value);
            if (at < 0)
            {
                throw new InvalidOperationException($"指标值 {value} 不在 {projectType}/{measure.Code} 中，无法移除。");
            }

            _sorted.RemoveAt(at);
            _cell = null;
        }

        public IndicatorCell ToCell() => _cell ??= new IndicatorCell(projectType, measure, _sorted.Count,
            _sorted.Count >= CostIndicatorCalculator.MinimumProjects ? IndicatorStatistics.OfSorted(_sorted) : null);
    }
}
