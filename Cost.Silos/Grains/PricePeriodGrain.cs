using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter for one region's price month: keeps status and revision, writes each step through the
/// store under the period's row version; the close prices every series in one pass.
/// </summary>
internal sealed class PricePeriodGrain(PriceStore store, PriceQueries queries, ResourceCatalogue catalogue, InfoPriceMethod method, StalePriceWatcher watcher, TimeProvider clock)
    : Grain, IPricePeriodGrain
{
    private string _region = "";
    private YearMonth _period;
    private PeriodStatus _status;
    private int _revision;
    private long _rowVersion;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_region, _period) = GrainKeys.ParsePricePeriod(this.GetPrimaryKeyString());
        return StoreFaults.GuardAsync(ReloadAsync);
    }

    public Task<PeriodSummary> Describe() => Task.FromResult(Summary());

    public async Task<GrainResult<PeriodChange>> AddSurvey(SurveyUpload upload)
    {
        if (_status != PeriodStatus.Collecting)
        {
            return Refused($"{_period.ToChinese()}价格采集已截止（{StatusName()}），不能再上传调查表。");
        }

        var row = new SurveyUploadRow(Guid.NewGuid().ToString("N"), upload.FileName, upload.FileSha256, upload.UploadedBy, upload.UploadedAt,
            upload.Accepted.Length, upload.Rejected);
        var stored = await store.AddSurveyAsync(_region, _period, row, upload.Accepted);
        await ReloadAsync();
        return Done(new PeriodCounts(Accepted: stored ? upload.Accepted.Length : 0));
    }

    public async Task<GrainResult<PeriodChange>> Close()
    {
        if (_status != PeriodStatus.Collecting)
        {
            return Refused($"{_period.ToChinese()}已截止采集（{StatusName()}）。");
        }

        var drafts = await ComputeDraftsAsync();
        return await WriteAsync(async () => await store.SaveDraftsAsync(_region, _period, drafts, BureauTime.Now(clock), _rowVersion),
            new PeriodCounts(Series: drafts.Length, Flagged: drafts.Count(d => !d.Flags.IsEmpty)));
    }

    public async Task<GrainResult<PeriodChange>> Override(SeriesOverride request)
    {
        if (PriceOverrideRule.Create(request.PriceInclTax, request.Reason, request.By, BureauTime.Now(clock)) is not { } price)
        {
            return Refused(PriceOverrideRule.Refusal);
        }

        if (_status == PeriodStatus.Collecting)
        {
            return Refused($"{_period.ToChinese()}仍在采集，截止并生成草稿后才能修改价格。");
        }

        var (found, rowVersion) = await store.OverrideAsync(_region, _period, request.ResourceCode, request.Spec, price, _rowVersion);
        if (!found)
        {
            return GrainResult.NotFound<PeriodChange>($"{_period.ToChinese()}没有 {request.ResourceCode} {request.Spec} 的价格草稿。");
        }

        _rowVersion = rowVersion;
        _status = PeriodStatus.Closed;
        return Done(PeriodCounts.None);
    }

    public async Task<GrainResult<PeriodChange>> Publish(string publishedBy)
    {
        // Publishing is irreversible (the public and the platform read it at once): only drafts the bureau could review are published.
        if (_status == PeriodStatus.Collecting)
        {
            return GrainResult.Conflict<PeriodChange>($"{_period.ToChinese()}仍在采集报价：请先截止采集，审核草稿后再发布。", ProblemSlugs.CloseFirst);
        }

        var previous = await queries.PublishedAsync(_region, _period);
        var publication = InfoPricePublisher.Publish(await queries.DraftsAsync(_region, _period), catalogue, previous);
        var counts = new PeriodCounts(Published: publication.Prices.Length, Carried: publication.Carried, Withheld: publication.Withheld);
        if (_status == PeriodStatus.Published || (_revision > 0 && publication.Changes.IsEmpty))
        {
            // Publishing again completes an announcement that a dead silo cut short; the rows are written already.
            await AnnounceAsync();
            return Done(counts);
        }

        var result = await WriteAsync(
            async () => await store.PublishAsync(_region, _period, _revision + 1, publication, publishedBy, BureauTime.Now(clock), _rowVersion), counts);
        await AnnounceAsync();
        return result;
    }

    /// <summary>
    /// Tells the region's indices what was published and holds the filed, not yet opened tenders against the
    /// month (both idempotent, so publishing again completes what a failure cut short).
    /// </summary>
    private async Task AnnounceAsync()
    {
        await GrainFactory.GetGrain<IIndexGrain>(GrainKeys.Indices(_region)).Published(_period, _revision);
        await watcher.WatchAsync(_region, _period);
    }

    /// <summary>Every catalogued series priced in one pass from the month's observations and each series' last published price.</summary>
    private async Task<ImmutableArray<DraftPrice>> ComputeDraftsAsync()
    {
        var observations = await store.ObservationsAsync(_region, _period);
        var last = await store.LastPublishedBeforeAsync(_region, _period);
        return InfoPriceCalculator.ComputeAll(observations, catalogue, r => last.TryGetValue((r.Code, r.Spec), out var price) ? price : null, method);
    }

    private async Task<GrainResult<PeriodChange>> WriteAsync(Func<Task<long>> write, PeriodCounts counts)
    {
        try
        {
            _rowVersion = await write();
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync();
            return Refused(e.Message);
        }

        await ReloadAsync();
        return Done(counts);
    }

    private async Task ReloadAsync()
    {
        var row = await store.PeriodAsync(_region, _period);
        (_status, _revision, _rowVersion) = row is null
            ? (PeriodStatus.Collecting, 0, 0L)
            : (Enum.Parse<PeriodStatus>(row.Status, ignoreCase: true), (int)row.Revision, row.RowVersion);
    }

    private PeriodSummary Summary() => new(_region, _period.ToString(), _status, _revision);

    private string StatusName() => _status switch
    {
        PeriodStatus.Collecting => "采集中",
        PeriodStatus.Closed => "已截止，待发布",
        _ => "已发布",
    };

    private static GrainResult<PeriodChange> Refused(string message) => GrainResult.Conflict<PeriodChange>(message);

    private GrainResult<PeriodChange> Done(PeriodCounts counts) => GrainResult.Done(new PeriodChange(Summary(), counts));
}
