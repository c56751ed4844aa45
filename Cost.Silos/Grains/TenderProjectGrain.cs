using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bidding;
using Cost.Domain.Credit;
using Cost.Domain.Reviews;
using Cost.Domain.Projects;
using Cost.Domain.Pricing;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter over <see cref="TenderProject"/>: loads on activation, applies one domain change at a
/// time (the grain is not reentrant) and writes it through with the row version it read.
/// </summary>
internal sealed partial class TenderProjectGrain(
    TenderStore store, RuleSetCatalogue ruleSets, TimeProvider clock, ExchangeStore exchange, ComplaintStore complaints,
    ExchangeQueries exchangeQueries, ComplaintQueries complaintQueries, BidReviewRules bidRules, ReviewRules reviewRules, CreditRuleCatalogue creditRules,
    GradeScale grades, FilingRules filing, FirmRegister firms, FilingOptions filingOptions, RestrictionStore restrictions,
    CalendarStore calendar, EngineerRules engineerRules) : Grain, ITenderProjectGrain
{
    private TenderProject? _project;
    private long _rowVersion;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => StoreFaults.GuardAsync(() => ReloadAsync(cancellationToken));

    public Task<ProjectView?> Describe() => Task.FromResult(_project is null ? null : ProjectView.Of(_project));

    public async Task<GrainResult<ProjectView>> Create(TenderInfo info)
    {
        if (_project is not null)
        {
            return GrainResult.Conflict<ProjectView>($"招标项目编号 {info.TenderCode} 已存在。");
        }

        var project = TenderProject.Create(info);
        try
        {
            _rowVersion = await store.CreateAsync(project);
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync(CancellationToken.None);
            return GrainResult.Conflict<ProjectView>(e.Message);
        }

        _project = project;
        return GrainResult.Done(ProjectView.Of(project));
    }

    public async Task<GrainResult<ProjectView>> Reschedule(PlatformRegistration registration)
    {
        if (_project is not { Info.Registration: not null } project)
        {
            return GrainResult.NotFound<ProjectView>($"招标项目 {this.GetPrimaryKeyString()} 不存在或不是交易平台登记的项目。");
        }

        try
        {
            _rowVersion = await store.ReplaceRegistrationAsync(project.Info.TenderCode, registration, _rowVersion, BureauTime.Now(clock));
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync(CancellationToken.None);
            return GrainResult.Conflict<ProjectView>(e.Message);
        }

        _project = project with { Info = project.Info with { Registration = registration } };
        return GrainResult.Done(ProjectView.Of(_project));
    }

    public Task<GrainResult<ProjectView>> UploadBoq(BoqUpload upload) =>
        ApplyAsync(p => p.UploadBoq(upload.Boq, upload.Findings, upload.Source, RuleSetOf(p), upload.BasedOn, upload.Materials), upload.Source.UploadedBy);

    /// <summary>
    /// The compiling firm's standing, as its Firm grain last computed it, decides whether it may submit; the 编制人 and 复核人
    /// (those <paramref name="signatories"/> names over those of the workbook's 扉页) must be on the firm's register.
    /// </summary>
    public async Task<GrainResult<ProjectView>> Submit(string submittedBy, Signatories? signatories)
    {
        var resolved = Signatories.None;
        if (_project is { } project)
        {
            var firm = await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm(project.Info.FirmCreditCode)).Describe();
            if (SubmissionGate.Refusal(firm.Value?.Standing, grades) is { } refusal)
            {
                return GrainResult.Conflict<ProjectView>(refusal);
            }

            var stated = (project.Current?.Boq.Signatories ?? Signatories.None).With(signatories);
            var register = (await firms.FindAsync(project.Info.FirmCreditCode))?.Engineers ?? [];
            var (checkedSignatories, unregistered) = SignatoryCheck.Resolve(stated, register, filingOptions.RequireEngineers);
            if (unregistered is not null)
            {
                return GrainResult.Conflict<ProjectView>(unregistered, ProblemSlugs.SignatoryNotRegistered);
            }

            resolved = checkedSignatories!;
        }

        return await ApplyAsync(p => p.Submit(BureauTime.Now(clock), resolved.IsEmpty ? null : resolved), submittedBy);
    }

    public Task<GrainResult<ProjectView>> File(string filedBy) => ApplyAsync(p => p.File(BureauTime.Now(clock), filedBy), filedBy);

    public Task<GrainResult<ProjectView>> Publish(string publishedBy) => ApplyAsync(p => p.Publish(BureauTime.Now(clock)), publishedBy);

    // The tender's rule set applied with its tax method: the VAT rate of its ceiling price.
    private RuleSet RuleSetOf(TenderProject project) =>
        ruleSets.Find(project.Info.RuleSet, project.Info.TaxMethod) ?? throw new InvalidOperationException($"规则集 {project.Info.RuleSet} 不在目录中。");

    /// <summary>
    /// Applies <paramref name="change"/> and writes it through; <paramref name="actor"/> is who made it, for the audit log;
    /// a refusal of the domain is a conflict of the kind <paramref name="refusalKind"/> (a plain conflict when null).
    /// </summary>
    private async Task<GrainResult<ProjectView>> ApplyAsync(Func<TenderProject, LifecycleResult> change, string actor, string? refusalKind = null)
    {
        if (_project is null)
        {
            return GrainResult.NotFound<ProjectView>($"招标项目 {this.GetPrimaryKeyString()} 不存在。");
        }

        var result = change(_project);
        if (result.Project is not { } changed)
        {
            return GrainResult.Conflict<ProjectView>(result.Refusal!, refusalKind);
        }

        try
        {
            _rowVersion = await store.SaveCurrentAsync(result, _rowVersion, actor);
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync(CancellationToken.None);
            return GrainResult.Conflict<ProjectView>(e.Message);
        }

        _project = changed;
        if (result.Events.Any(e => e is VersionFiled))
        {
            await ReloadAsync(CancellationToken.None); // the filing number the store gave it
        }

        return GrainResult.Done(ProjectView.Of(_project));
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(this.GetPrimaryKeyString(), cancellationToken);
        (_project, _rowVersion) = loaded is { } l ? (l.Project, l.RowVersion) : (null, 0L);
    }
}
