using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Silos.ReadModels;
using Cost.Web.Indices;

namespace Cost.Web.Indicators;

/// <summary>
/// Cost indicators, the filed unit rates behind the upload check and the tender price index, from the
/// aggregates kept at filing, at "today's prices" (<see cref="PriceLevel"/>) by the city's published indices.
/// </summary>
public sealed class IndicatorOperations(IndicatorQueries queries, PublishedIndices indices) : IDisposable
{
    private const int MaxCachedScopes = 256;

    /// <summary>Every filed tender as filed: always kept (the filing years come from it).</summary>
    private static readonly (string? Region, int? Year, bool TodayPrices) Everything = (null, null, false);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string? Region, int? Year, bool TodayPrices), IndicatorCellSet> _scopes = [];
    private readonly Dictionary<string, ImmutableArray<IndicatorValue>> _values = new(StringComparer.Ordinal);
    private IndicatorVersion? _version;
    private Func<string, YearMonth, double>? _todayLevel;
    private YearMonth? _latestIndexMonth;
    private volatile Snapshot? _snapshot;

    /// <summary>The filing years with filed projects, newest first.</summary>
    public async Task<ImmutableArray<int>> YearsAsync(CancellationToken cancellationToken = default) => (await CurrentAsync(null, cancellationToken)).Years;

    /// <summary>
    /// The cells of the filed projects in a region and filing year (all when null), optionally at today's prices. The
    /// values are read from the store once per process, then followed: each filing, revision or award since the last
    /// request replaces that tender's values in the cells it is in (<see cref="IndicatorCellSet"/>), so that a request
    /// after a change costs the same however many tenders are filed. A rebuild of the aggregates reads them anew; an
    /// index computation recomputes the cells at today's prices from memory.
    /// </summary>
    public async Task<IndicatorTable> TableAsync(string? region, int? year, bool todayPrices, CancellationToken cancellationToken = default)
    {
        var key = (region, year, todayPrices);
        return (await CurrentAsync(key, cancellationToken)).Tables[key];
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>What was answered at the store's current version: one primary-key query when nothing changed.</summary>
    private async Task<Snapshot> CurrentAsync((string?, int?, bool)? key, CancellationToken cancellationToken)
    {
        var version = await queries.VersionAsync(cancellationToken);
        return _snapshot is { } snapshot && snapshot.Version == version && (key is null || snapshot.Tables.ContainsKey(key.Value))
            ? snapshot
            : await RefreshAsync(key, cancellationToken);
    }

    private async Task<Snapshot> RefreshAsync((string? Region, int? Year, bool TodayPrices)? key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read again under the gate: another request may have brought the cells further while this one waited.
            var version = await queries.VersionAsync(cancellationToken);
            if (_version is null || _version.BuiltAt != version.BuiltAt || _version.EventSeq > version.EventSeq)
            {
                // First request, the aggregates built anew, or another store: every value is read once.
                _values.Clear();
                _scopes.Clear();
                _scopes[Everything] = new IndicatorCellSet();
                foreach (var tender in (await queries.ValuesAsync(null, cancellationToken)).GroupBy(v => v.TenderCode, StringComparer.Ordinal))
                {
                    Replace(tender.Key, [.. tender]);
                }
            }
            else if (_version.EventSeq < version.EventSeq)
            {
                var changed = await queries.ChangedTendersAsync(_version.EventSeq, version.EventSeq, cancellationToken);
                var now = (await queries.ValuesAsync(changed, cancellationToken)).ToLookup(v => v.TenderCode, StringComparer.Ordinal);
                foreach (var code in changed)
                {
                    Replace(code, [.. now[code]]);
                }
            }

            if (_version is null || _version.IndicesComputedAt != version.IndicesComputedAt || _todayLevel is null)
            {
                foreach (var today in _scopes.Keys.Where(k => k.TodayPrices).ToList())
                {
                    _scopes.Remove(today);
                }

                _todayLevel = await PriceLevelAsync(cancellationToken);
                _latestIndexMonth = (await indices.PeriodsAsync(PublishedIndices.CityRegion, cancellationToken)).FirstOrDefault();
            }

            _version = version;
            if (key is { } wanted && !_scopes.ContainsKey(wanted))
            {
                if (_scopes.Count >= MaxCachedScopes)
                {
                    // Any region and year can be asked for: the memory held stays bounded, the common ones come back at once.
                    foreach (var other in _scopes.Keys.Where(k => k != Everything).ToList())
                    {
                        _scopes.Remove(other);
                    }
                }

                var scope = new IndicatorCellSet(wanted.Region, wanted.Year, wanted.TodayPrices ? _todayLevel : null);
                scope.Replace([], _values.Values.SelectMany(v => v));
                _scopes[wanted] = scope;
            }

            var snapshot = new Snapshot(version,
                _scopes.ToImmutableDictionary(s => s.Key, s => new IndicatorTable(s.Value.Projects, s.Value.Cells, s.Key.TodayPrices ? _latestIndexMonth : null)),
                _scopes[Everything].Years);
            _snapshot = snapshot;
            return snapshot;
        }
        catch
        {
            // A store that failed halfway (a read after the values were cleared) leaves nothing half-followed: the next request reads all anew.
            _version = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Replaces a tender's values in memory and in every scope kept.</summary>
    private void Replace(string tenderCode, ImmutableArray<IndicatorValue> after)
    {
        var before = _values.GetValueOrDefault(tenderCode, []);
        foreach (var scope in _scopes.Values)
        {
            scope.Replace(before, after);
        }

        if (after.IsEmpty)
        {
            _values.Remove(tenderCode);
        }
        else
        {
            _values[tenderCode] = after;
        }
    }

    /// <summary>Today's price level of a project type filed in a month, relative to its filing month (1 where no index applies).</summary>
    public async Task<Func<string, YearMonth, double>> PriceLevelAsync(CancellationToken cancellationToken = default) =>
        PriceLevel.Of(await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));

    /// <summary>The filed unit rates at today's prices of the item codes a bill uses, leaving out the tender's own filed lines.</summary>
    public async Task<IReadOnlyDictionary<(string Code, string Unit), RateDistribution>> FiledRatesAsync(string tenderCode, Boq boq, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boq);
        var codes = boq.UnitWorks.SelectMany(u => u.Lines).Select(l => UnitRateCheck.Key(l).Code).ToHashSet(StringComparer.Ordinal);
        var cells = await queries.RateCellsAsync(codes, cancellationToken);
        var own = await queries.OwnCellsAsync(tenderCode, cancellationToken);
        var today = PriceLevel.Index(await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));
        return FiledUnitRates.Distributions(cells.Concat(own.Select(c => c with { Lines = -c.Lines })), today);
    }

    /// <summary>The tender price index of the city: median award ratio × composite index, by project type and award month.</summary>
    public async Task<ImmutableArray<TenderPriceCell>> TenderPricesAsync(CancellationToken cancellationToken = default) =>
        TenderPriceIndex.Compute(await queries.AwardsAsync(cancellationToken), await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));

    /// <summary>The tables answered at one version of the store, and the filing years with values.</summary>
    private sealed record Snapshot(IndicatorVersion Version, ImmutableDictionary<(string? Region, int? Year, bool TodayPrices), IndicatorTable> Tables, ImmutableArray<int> Years);
}
