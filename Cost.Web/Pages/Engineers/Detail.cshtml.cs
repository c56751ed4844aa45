using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Engineers;

/// <summary>
/// A registered cost engineer's credit page. Everyone: the firm now, the points and the public records. The bureau and the
/// consultants of the engineer's firm also see the whole file (which has followed the engineer from earlier firms): the
/// bureau proposes, notifies and decides records here, the firm states the engineer's case.
/// </summary>
public sealed class EngineerDetailModel(EngineerCreditOperations operations, FirmRegister register, IGrainFactory grains, CreditProcessOptions periods, TimeProvider clock)
    : PageModel
{
    public string RegistrationNumber { get; private set; } = "";

    public FirmRegister.Employment? Employer { get; private set; }

    public CreditFile CreditFile { get; private set; } = null!;

    public DateOnly Today => BureauTime.Today(clock);

    public CurrentUser? Viewer => CurrentUser.From(User);

    public bool SeesWholeFile => Viewer is { } v && EngineerCreditOperations.CanSee(v, Employer);

    public bool IsBureau => Viewer is { IsBureau: true };

    public CreditRuleCatalogue Rules => operations.Rules;

    public ImmutableArray<CreditRecord> PublicRecords => CreditFile.PublicRecordsOn(Today);

    public CreditRecordsView RecordsView => new(CreditFile.VisibleTo(Viewer!), Today, IsBureau, SeesWholeFile && !IsBureau, AllowsAppealAndRepair: false,
        Rules, CreditFileBase.Engineer(RegistrationNumber), periods);

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string registrationNumber, CancellationToken cancellationToken) => ShowAsync(registrationNumber, cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(string registrationNumber, AddRecordRequest record, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(registrationNumber, await operations.AddRecordAsync(bureau, registrationNumber, record),
                r => $"已拟记录第 {r.Record!.No} 号：{r.Record.Description}。告知、陈述申辩、决定并公示期满后才计分。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostNotifyAsync(string registrationNumber, int recordId, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(registrationNumber, await operations.NotifyAsync(bureau, registrationNumber, recordId),
                r => $"已告知第 {r.Record!.No} 号记录，陈述申辩期至 {r.Record.Process!.StatementDeadline:yyyy-MM-dd}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostDecideAsync(
        string registrationNumber, int recordId, string? decision, string? ruleCode, string? note, string? reason, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: true } bureau
            ? await AfterAsync(registrationNumber, await operations.DecideAsync(bureau, registrationNumber, recordId, new RecordDecisionRequest(decision, reason, ruleCode, note)),
                r => $"第 {r.Record!.No} 号记录：{CreditFile.Stage(r.Record, Today)}。", cancellationToken)
            : Refuse();

    public async Task<IActionResult> OnPostStateAsync(string registrationNumber, int recordId, string? text, CancellationToken cancellationToken) =>
        Viewer is { IsBureau: false } consultant
            ? await AfterAsync(registrationNumber,
                await operations.StateAsync(consultant, registrationNumber, recordId, text, Request.HasFormContentType ? Request.Form.Files : null, cancellationToken),
                r => $"已提交第 {r.Record!.No} 号记录的陈述申辩，等待造价站决定。", cancellationToken)
            : Refuse();

    private IActionResult Refuse() => Viewer is null ? Challenge() : Forbid();

    private async Task<IActionResult> AfterAsync<T>(string registrationNumber, Outcome<T> outcome, Func<T, string> success, CancellationToken cancellationToken)
    {
        (Message, MessageIsError, Problems) = outcome.Succeeded
            ? (success(outcome.Value!), false, ImmutableArray<ProblemItem>.Empty)
            : (outcome.Detail, true, outcome.Problems);
        return await ShowAsync(registrationNumber, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string registrationNumber, CancellationToken cancellationToken)
    {
        RegistrationNumber = GrainKeys.Engineer(registrationNumber);
        if ((await grains.GetGrain<IEngineerGrain>(RegistrationNumber).Describe()).Value?.File is not { } file)
        {
            return NotFound();
        }

        (CreditFile, Employer) = (file, await register.EmployerAsync(RegistrationNumber, cancellationToken));
        return Page();
    }
}
