using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter over <see cref="CreditFile"/>: loads on activation, applies one domain change at a time
/// (the grain is not reentrant) with the periods of the record's life on the working-day calendar as
/// stored now, recomputes the standing for today and writes both through with the row version it read.
/// </summary>
internal sealed class FirmGrain(
    CreditStore store, CreditQueries queries, FirmStore register, CreditRuleCatalogue rules, GradeScale scale, CalendarStore calendar,
    CreditProcessOptions periods, TimeProvider clock) : Grain, IFirmGrain
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

    public Task<GrainResult<FirmCredit>> AddRecord(CreditEntry entry) => ApplyAsync(entry.RuleCode, (file, rule, _, at) => entry.Settled
        ? file.Import(rule!, entry.OccurredOn, entry.PublishedOn, entry.Note, CreditSource.Bureau(entry.Evidence), at, entry.EnteredBy)
        : file.Propose(rule!, entry.OccurredOn, entry.PublishedOn, entry.Note, CreditSource.Bureau(entry.Evidence), at, entry.EnteredBy));

    public Task<GrainResult<FirmCredit>> RecordEvent(CreditEvent creditEvent) => ApplyAsync(creditEvent.RuleCode, CreditCommands.Event(creditEvent));

    public Task<GrainResult<FirmCredit>> Notify(int recordNo, string by) =>
        ApplyAsync(null, CreditCommands.Notify(recordNo, by));

    public Task<GrainResult<FirmCredit>> State(int recordNo, string text, IReadOnlyList<CreditUpload> files, string by)
    {
        var (attachments, contents) = CreditCommands.Received(files);
        return ApplyAsync(null, CreditCommands.State(recordNo, text, attachments, by), contents);
    }

    public Task<GrainResult<FirmCredit>> Decide(CreditDecisionCommand command) =>
        ApplyAsync(CreditCommands.DecisionRule(command), CreditCommands.Decide(command));

    public Task<GrainResult<FirmCredit>> ApplyForRepair(int recordNo, string evidence, IReadOnlyList<CreditUpload> files, string by)
    {
        var (attachments, contents) = CreditCommands.Received(files);
        return ApplyAsync(null, (file, _, _, at) =>
            file.ApplyForRepair(recordNo, evidence, attachments, file.Find(recordNo) is { } r ? rules.Find(r.RuleCode)?.RepairAfterMonths : null, at, by), contents);
    }

    public Task<GrainResult<FirmCredit>> DecideRepair(int recordNo, bool grant, string reason, string by) =>
        ApplyAsync(null, (file, _, _, at) => file.DecideRepair(recordNo, grant, reason, at, by));

    public Task<GrainResult<FirmCredit>> Appeal(int recordNo, string reason, string by) =>
        ApplyAsync(null, (file, _, _, at) => file.Appeal(recordNo, reason, at, by));

    public Task<GrainResult<FirmCredit>> DecideAppeal(int recordNo, bool revoke, string reason, string by) =>
        ApplyAsync(null, (file, _, _, at) => file.DecideAppeal(recordNo, revoke, reason, at, by));

    public async Task<GrainResult<FirmCredit>> Recompute()
    {
        if (!(await Describe()).IsDone)
        {
            return Unknown();
        }

        var at = BureauTime.Now(clock);
        return await SaveAsync(_stored!.File.Advance(BureauTime.DateOf(at), at), at, []);
    }

    private async Task<GrainResult<FirmCredit>> ApplyAsync(
        string? ruleCode, CreditCommands.Change change, IReadOnlyList<AttachmentContent>? contents = null)
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
        var process = await CreditCommands.ProcessAsync(periods, calendar);
        var result = change(_stored!.File, rule, process, at);
        if (result.File is not { } changed)
        {
            return GrainResult.Conflict<FirmCredit>(result.Refusal!);
        }

        return result.Changed ? await SaveAsync(result, at, contents ?? []) : Answer(changed, _stored.Standing, result.Record);
    }

    /// <summary>Writes the changed file, what happened to its records and, when the standing moved to another grade, that change.</summary>
    private async Task<GrainResult<FirmCredit>> SaveAsync(CreditChange change, DateTimeOffset at, IReadOnlyList<AttachmentContent> contents)
    {
        var (file, record) = (change.File!, change.Record);
        var standing = file.StandingOn(BureauTime.DateOf(at), scale);
        var stored = _stored!;
        if (ReferenceEquals(file, stored.File) && stored.Standing == standing)
        {
            return Answer(file, standing, record);
        }

        try
        {
            var rowVersion = await store.SaveAsync(file, standing, change.Events, GradeChanged.Between(stored.Standing, standing), stored.RowVersion, at, contents);
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
