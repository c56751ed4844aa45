using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Firms;

/// <summary>
/// A firm's credit page. Everyone: details, grade and score on a date, the public records counting
/// then and the score history. The bureau and the firm's own consultants also see the whole file
/// (the firm not the records only proposed): the bureau proposes, notifies and decides records and
/// repairs here; the consultant states the firm's case, appeals and applies for repair.
/// </summary>
public sealed class FirmDetailModel(
    CreditOperations operations, FirmRegister register, CreditQueries queries, EngineerRegister engineers, EngineerCreditStore engineerFiles,
    CreditProcessOptions periods, TimeProvider clock) : PageModel
{
    public FirmDetails Firm { get; private set; } = null!;

    public CreditFile CreditFile { get; private set; } = null!;

    public CreditStanding Standing { get; private set; } = null!;

    public DateOnly AsOf { get; private set; }

    public DateOnly Today => BureauTime.Today(clock);

    public ImmutableArray<CreditStanding> History { get; private set; } = [];

    public ImmutableArray<GradeChange> GradeChanges { get; private set; } = [];

    public GradeScale Scale => operations.Scale;

    public CreditRuleCatalogue Rules => operations.Rules;

    public CurrentUser? Viewer => CurrentUser.From(User);

    public bool SeesWholeFile => Viewer is { } v && CreditOperations.CanSee(v, Firm.CreditCode);

    public bool CanAppeal => Viewer is { IsBureau: false } && SeesWholeFile;

    public bool IsBureau => Viewer is { IsBureau: true };

    public ImmutableArray<RepairGradeChange> Repairs => CreditFile.RepairGradeChanges(AsOf, Scale);

    public CreditRecordsView RecordsView => new(CreditFile.VisibleTo(Viewer!), Today, IsBureau, CanAppeal, AllowsAppealAndRepair: true, Rules, CreditFileBase.Firm(Firm.CreditCode),
        periods);

    /// <summary>Each engineer on the register with their points today (0 without a file).</summary>
    public ImmutableArray<(CostEngineer Engineer, decimal Points)> EngineerStanding { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public ImmutableArray<CreditRecord> PublicRecords => CreditFile.PublicRecordsOn(AsOf);

    public async Task<IActionResult> OnGetAsync(string creditCode, string? asOf, CancellationToken cancellationToken)
    {
        var date = string.IsNullOrWhiteSpace(asOf) ? Today : CreditOperations.ParseDate(asOf);
        if (date is null)
        {
            (Message, MessageIsError) = ("日期格式应为 yyyy-MM-dd，已显示今天。", true);
        }

        return await ShowAsync(creditCode, date ?? Today, cancellationToken);
    }

    public async Task<IActionResult> OnPostRecordAsync(string creditCode, AddRecordRequest record, CancellationToken cancellationToken)
    {
        if (Viewer is not { IsBureau: true } bureau)
        {
            return Refuse();
        }

        var outcome = await operations.AddRecordAsync(bureau, creditCode, record);
        return await AfterAsync(creditCode, outcome, r => $"已拟记录第 {r.Record!.No} 号：{r.Record.Description}。告知企业、陈述申辩、决定并公示期满后才计分。", cancellationToken);
    }

    public async Task<IActionResult> OnPostNotifyAsync(string creditCode, int recordId, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(creditCode, await operations.NotifyAsync(bureau, creditCode, recordId),
                r => $"已告知企业第 {r.Record!.No} 号记录，陈述申辩期至 {r.Record.Process!.StatementDeadline:yyyy-MM-dd}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostDecideAsync(
        string creditCode, int recordId, string? decision, string? ruleCode, string? note, string? reason, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(creditCode, await operations.DecideRecordAsync(bureau, creditCode, recordId, new RecordDecisionRequest(decision, reason, ruleCode, note)),
                r => $"第 {r.Record!.No} 号记录：{CreditFile.Stage(r.Record, Today)}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostStateAsync(string creditCode, int recordId, string? text, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: false } consultant
            ? await AfterAsync(creditCode, await operations.StateAsync(consultant, creditCode, recordId, text, Request.HasFormContentType ? Request.Form.Files : null, cancellationToken),
                r => $"已提交第 {r.Record!.No} 号记录的陈述申辩，等待造价站决定。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostRepairAsync(string creditCode, int recordId, string? evidence, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: false } consultant
            ? await AfterAsync(creditCode,
                await operations.ApplyForRepairAsync(consultant, creditCode, recordId, evidence, Request.HasFormContentType ? Request.Form.Files : null, cancellationToken),
                r => $"已申请第 {r.Record!.No} 号记录的信用修复，等待造价站处理。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostRepairDecisionAsync(string creditCode, int recordId, string? decision, string? reason, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(creditCode, await operations.DecideRepairAsync(bureau, creditCode, recordId, new RepairDecisionRequest(decision, reason)),
                r => $"第 {r.Record!.No} 号记录：{CreditFile.Stage(r.Record, Today)}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostAppealAsync(string creditCode, int recordId, string? reason, CancellationToken cancellationToken)
    {
        if (Viewer is not { IsBureau: false } consultant)
        {
            return Refuse();
        }

        var outcome = await operations.AppealAsync(consultant, creditCode, recordId, reason);
        return await AfterAsync(creditCode, outcome, r => $"已对第 {r.Record!.No} 号记录提出申诉，等待造价站处理。", cancellationToken);
    }

    /// <summary>The bureau or the firm's consultant adds (or renames) an engineer on the register.</summary>
    public async Task<IActionResult> OnPostEngineerAsync(string creditCode, string? name, string? registrationNumber, CancellationToken cancellationToken) =>
        Viewer is { } viewer
            ? await AfterAsync(creditCode, await engineers.SaveAsync(viewer, creditCode, new EngineerRequest(name, registrationNumber), cancellationToken),
                _ => $"已登记注册造价工程师 {name?.Trim()}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostRemoveEngineerAsync(string creditCode, string registrationNumber, CancellationToken cancellationToken) =>
        Viewer is { } viewer
            ? await AfterAsync(creditCode, await engineers.RemoveAsync(viewer, creditCode, registrationNumber, cancellationToken),
                _ => $"已从名册移除注册号 {registrationNumber}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostEngineerRosterAsync(string creditCode, IFormFile? file, CancellationToken cancellationToken) =>
        Viewer is { } viewer
            ? await AfterAsync(creditCode, await engineers.ImportAsync(viewer, creditCode, file, cancellationToken),
                r => $"名册已替换为 {r.Items.Length} 人。", cancellationToken)
            : Refuse();

    /// <summary>The page is public, its forms are not: to the log-in page when not signed in, else 403.</summary>
    private IActionResult Refuse() => Viewer is null ? Challenge() : Forbid();

    private async Task<IActionResult> AfterAsync<T>(string creditCode, Outcome<T> outcome, Func<T, string> success, CancellationToken cancellationToken)
    {
        (Message, MessageIsError, Problems) = outcome.Succeeded
            ? (success(outcome.Value!), false, ImmutableArray<ProblemItem>.Empty)
            : (outcome.Detail, true, outcome.Problems);
        return await ShowAsync(creditCode, Today, cancellationToken);
    }

    // The score history shown: the three years up to the date asked for.
    private const int HistoryYears = 3;

    private async Task<IActionResult> ShowAsync(string creditCode, DateOnly asOf, CancellationToken cancellationToken)
    {
        var code = GrainKeys.Firm(creditCode);
        var firm = await register.FindAsync(code, cancellationToken);
        var stored = await operations.StoredAsync(code, cancellationToken);
        if (firm is null || stored is null)
        {
            return NotFound();
        }

        (Firm, CreditFile, AsOf) = (firm, stored.File, asOf);
        Standing = CreditFile.StandingOn(asOf, Scale);
        History = CreditScore.History(CreditFile.Records, asOf.Year > HistoryYears ? asOf.AddYears(-HistoryYears) : DateOnly.MinValue, asOf, Scale);
        GradeChanges = await queries.GradeChangesAsync(code, 20, cancellationToken);
        var files = await engineerFiles.FilesAsync([.. firm.Engineers.Select(e => e.RegistrationNumber)], cancellationToken);
        EngineerStanding = [.. firm.Engineers.Select(e => (e, files.TryGetValue(e.RegistrationNumber, out var f) ? f.PointsOn(Today) : 0m))];
        return Page();
    }
}
