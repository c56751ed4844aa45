using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter over <see cref="CreditFile"/>: loads on activation, applies one domain change at a time
/// (the grain is not reentrant), recomputes the standing for today and writes both through with the
/// row version it read.
/// </summary>
internal sealed class FirmGrain(CreditStore store, CreditQueries queries, FirmStore register, CreditRuleCatalogue rules, GradeScale scale, TimeProvider clock) : Grain, IFirmGrain
{
    private StoredCreditFile? _stored;

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync(async () => _stored = await queries.FileAsync(this.GetPrimaryKeyString(), cancellationToken));

    public async Task<GrainResult<FirmCredit>> Describe()
    {
        // A firm registered after this grain activated: look again rather than answer NotFound forever.
        _stored ??= await queries.FileAsync(this.GetPrimaryKeyString());
        return _stored is { } s ? Answer(s.File, s.Standing, null) : Unknown();
    }

    public async Task<bool> Register(FirmDetails details)
    {
        var created = await register.SaveAsync(details, BureauTime.Now(clock));
        await Recompute();
        return created;
    }

    public Task<GrainResult<FirmCredit>> AddRecord(CreditEntry entry) => ApplyAsync(entry.RuleCode, (file, rule, at) =>
        file.Add(rule, entry.OccurredOn, entry.PublishedOn, entry.Note, CreditSource.Bureau(entry.Evidence), at, entry.EnteredBy));

    public Task<GrainResult<FirmCredit>> RecordEvent(CreditEvent creditEvent) => ApplyAsync(creditEvent.RuleCode, (file, rule, at) =>
        file.Add(rule, creditEvent.OccurredOn, null, creditEvent.Note,
            CreditSource.Event(creditEvent.EventId, creditEvent.LinkText, creditEvent.LinkUrl), at, "system"));

    public Task<GrainResult<FirmCredit>> Appeal(int recordNo, string reason, string by) =>
        ApplyAsync(null, (file, _, at) => file.Appeal(recordNo, reason, at, by));

    public Task<GrainResult<FirmCredit>> DecideAppeal(int recordNo, bool revoke, string reason, string by) =>
        ApplyAsync(null, (file, _, at) => file.Decide(recordNo, revoke, reason, at, by));

    public async Task<GrainResult<FirmCredit>> Recompute()
    {
        if (!(await Describe()).IsDone)
        {
            return Unknown();
        }

        var at = BureauTime.Now(clock);
        return await SaveAsync(_stored!.File.Expire(BureauTime.Today(clock), at), at);
    }

    private async Task<GrainResult<FirmCredit>> ApplyAsync(string? ruleCode, Func<CreditFile, CreditRule, DateTimeOffset, CreditChange> change)
    {
        if (!(await Describe()).IsDone)
        {
            return Unknown();
        }

        CreditRule? rule = null;
        if (ruleCode is not null && (rule = rules.Find(ruleCode)) is null)
        {
            return GrainResult.Conflict<FirmCredit>($"诚信规则“{ruleCode}”不在 data/credit-rules.json 中。");
        }

        var at = BureauTime.Now(clock);
        var result = change(_stored!.File, rule!, at);
        if (result.File is not { } changed)
        {
            return GrainResult.Conflict<FirmCredit>(result.Refusal!);
        }

        return result.Changed ? await SaveAsync(result, at) : Answer(changed, _stored.Standing, result.Record);
    }

    /// <summary>Writes the changed file, what happened to its records and, when the standing moved to another grade, that change.</summary>
    private async Task<GrainResult<FirmCredit>> SaveAsync(CreditChange change, DateTimeOffset at)
    {
        var (file, record) = (change.File!, change.Record);
        var standing = file.StandingOn(DateOnly.FromDateTime(at.DateTime), scale);
        var stored = _stored!;
        if (ReferenceEquals(file, stored.File) && stored.Standing == standing)
        {
            return Answer(file, standing, record);
        }

        try
        {
            var rowVersion = await store.SaveAsync(file, standing, change.Events, GradeChanged.Between(stored.Standing, standing), stored.RowVersion, at);
            _stored = new StoredCreditFile(file, standing, rowVersion);
            return Answer(file, standing, record);
        }
        catch (StoreConflictException e)
        {
            _stored = await queries.FileAsync(this.GetPrimaryKeyString());
            return GrainResult.Conflict<FirmCredit>(e.Message);
        }
    }

    private static GrainResult<FirmCredit> Answer(CreditFile file, CreditStanding? standing, CreditRecord? record) =>
        GrainResult.Done(new FirmCredit(file, standing, record));

    private GrainResult<FirmCredit> Unknown() => GrainResult.NotFound<FirmCredit>($"企业 {this.GetPrimaryKeyString()} 不在造价咨询企业名录中。");
}
