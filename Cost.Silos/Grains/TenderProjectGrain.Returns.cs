using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Projects;

namespace Cost.Silos.Grains;

// Returns of a submission (退回备案) and the credit record they earn the compiling firm.
internal sealed partial class TenderProjectGrain
{
    public async Task<GrainResult<ProjectView>> ReturnSubmission(string reason, string returnedBy)
    {
        // Refused as not-submitted when nothing waits for the bureau; a reason too short is a plain conflict.
        var kind = _project?.Current is { Status: TenderStatus.Submitted } ? null : ProblemSlugs.NotSubmitted;
        var result = await ApplyAsync(p => p.Return(reason, BureauTime.Now(clock), returnedBy), returnedBy, kind);
        if (result.IsDone)
        {
            await RecordReturnCreditAsync();
        }

        return result;
    }

    /// <summary>
    /// The return that reaches the count of data/filing.json records its rule (B02) for the compiling firm, once
    /// per tender: the event id names the tender, so a later return or a retried call never records twice.
    /// </summary>
    private async Task RecordReturnCreditAsync()
    {
        var returns = _project!.Returned;
        if (returns.Length != filing.ReturnsForCreditRecord || creditRules.Find(filing.ReturnCreditRule) is null)
        {
            return;
        }

        var info = _project.Info;
        var latest = returns[^1];
        var note = $"第 {returns.Length} 次退回：" + string.Join("；", returns.Select(v => $"第 {v.Number} 版 {v.Return!.ReturnedAt:yyyy-MM-dd}，{v.Return.Reason}"));
        await RecordCreditEventAsync(new CreditEvent(
            $"returns:{info.TenderCode}", filing.ReturnCreditRule, DateOnly.FromDateTime(latest.Return!.ReturnedAt.DateTime),
            $"{info.Name}（{info.TenderCode}）退回备案", $"/projects/{Uri.EscapeDataString(info.TenderCode)}", note), latest);
    }

    /// <summary>
    /// The compiling firm's record for an event of this tender, and, under each engineers' rule that follows the firm's rule
    /// (data/engineer-credit-rules.json), a record for each registered engineer who signed <paramref name="version"/>: the
    /// event id carries the registration number, so a retried call records nobody twice.
    /// </summary>
    private async Task RecordCreditEventAsync(CreditEvent firmEvent, TenderVersion version)
    {
        await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm(_project!.Info.FirmCreditCode)).RecordEvent(firmEvent);
        var signed = new[] { version.Signatories?.Compiler, version.Signatories?.Reviewer }
            .Select(s => s?.RegistrationNumber).OfType<string>().Select(GrainKeys.Engineer).Distinct(StringComparer.Ordinal).ToList();
        foreach (var rule in engineerRules.Following(firmEvent.RuleCode))
        {
            foreach (var number in signed)
            {
                await GrainFactory.GetGrain<IEngineerGrain>(number).RecordEvent(firmEvent with { EventId = $"{firmEvent.EventId}:{number}", RuleCode = rule.Code });
            }
        }
    }
}
