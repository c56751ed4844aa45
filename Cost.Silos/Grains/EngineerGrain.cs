using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter over an engineer's <see cref="CreditFile"/> (key: the registration number as registers write it): loads on
/// activation, applies one domain change at a time with the periods on today's calendar and writes it through.
/// </summary>
internal sealed class EngineerGrain(
    EngineerCreditStore store, FirmRegister register, EngineerRules rules, CalendarStore calendar, CreditProcessOptions periods, TimeProvider clock)
    : Grain, IEngineerGrain
{
    private CreditFile? _file;
    private long _rowVersion;

    private string Number => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken) => StoreFaults.GuardAsync(LoadAsync);

    public async Task<GrainResult<EngineerCredit>> Describe()
    {
        if (_file is null && await register.EmployerAsync(Number) is not null)
        {
            _file = CreditFile.Empty(Number);
        }

        return _file is { } file ? GrainResult.Done(new EngineerCredit(file, null)) : Unknown();
    }

    public Task<GrainResult<EngineerCredit>> AddRecord(CreditEntry entry) => ApplyAsync(entry.RuleCode, (file, rule, _, at) =>
        file.Propose(rule!, entry.OccurredOn, entry.PublishedOn, entry.Note, CreditSource.Bureau(entry.Evidence), at, entry.EnteredBy));

    /// <summary>An event's record opens the file even when the engineer has since left every register: they signed what it concerns.</summary>
    public Task<GrainResult<EngineerCredit>> RecordEvent(CreditEvent creditEvent)
    {
        _file ??= CreditFile.Empty(Number);
        return ApplyAsync(creditEvent.RuleCode, CreditCommands.Event(creditEvent));
    }

    public Task<GrainResult<EngineerCredit>> Notify(int recordNo, string by) =>
        ApplyAsync(null, CreditCommands.Notify(recordNo, by));

    public Task<GrainResult<EngineerCredit>> State(int recordNo, string text, IReadOnlyList<CreditUpload> files, string by)
    {
        var (attachments, contents) = CreditCommands.Received(files);
        return ApplyAsync(null, CreditCommands.State(recordNo, text, attachments, by), contents);
    }

    public Task<GrainResult<EngineerCredit>> Decide(CreditDecisionCommand command) =>
        ApplyAsync(CreditCommands.DecisionRule(command), CreditCommands.Decide(command));

    public Task<GrainResult<EngineerCredit>> Recompute() =>
        ApplyAsync(null, CreditCommands.Advance());

    private async Task LoadAsync() => (_file, _rowVersion) = await store.FileAsync(Number) is { } stored ? (stored.File, stored.RowVersion) : (null, 0L);

    private async Task<GrainResult<EngineerCredit>> ApplyAsync(
        string? ruleCode, CreditCommands.Change change, IReadOnlyList<AttachmentContent>? contents = null)
    {
        if (!(await Describe()).IsDone)
        {
            return Unknown();
        }

        CreditRule? rule = null;
        if (ruleCode is not null && (rule = rules.Catalogue.Find(ruleCode)) is null)
        {
            return GrainResult.Conflict<EngineerCredit>($"注册造价工程师信用规则“{ruleCode}”不在 data/engineer-credit-rules.json 中。");
        }

        var at = BureauTime.Now(clock);
        var result = change(_file!, rule, await CreditCommands.ProcessAsync(periods, calendar), at);
        if (result.File is not { } changed)
        {
            return GrainResult.Conflict<EngineerCredit>(result.Refusal!);
        }

        if (!result.Changed)
        {
            return GrainResult.Done(new EngineerCredit(changed, result.Record));
        }

        try
        {
            _rowVersion = await store.SaveAsync(changed, result.Events, _rowVersion, at, contents ?? []);
            _file = changed;
            return GrainResult.Done(new EngineerCredit(changed, result.Record));
        }
        catch (StoreConflictException e)
        {
            await LoadAsync();
            return GrainResult.Conflict<EngineerCredit>(e.Message);
        }
    }

    private GrainResult<EngineerCredit> Unknown() => GrainResult.NotFound<EngineerCredit>($"注册号 {Number} 不在任何企业的注册造价工程师名册中，也没有信用档案。");
}
