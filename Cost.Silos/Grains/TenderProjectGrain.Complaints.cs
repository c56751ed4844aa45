using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Domain.Reviews;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

// Complaints against a published ceiling price and their review (GB/T 50500-2013 §5.3).
internal sealed partial class TenderProjectGrain
{
    public async Task<GrainResult<ComplaintView>> Complain(NewComplaint complaint)
    {
        if (await ReplayAsync(complaint.Request) is { } replay)
        {
            return replay.IsDone
                ? GrainResult.Done(StoreJson.Read<ComplaintView>(replay.Value!))
                : GrainResult.Conflict<ComplaintView>(replay.Message!);
        }

        if (_project is null)
        {
            return GrainResult.NotFound<ComplaintView>($"招标项目 {this.GetPrimaryKeyString()} 不存在。");
        }

        var now = BureauTime.Now(clock);
        if (_project.ComplaintRefusal(now, reviewRules.ComplaintWindowWorkingDays, await calendar.ReadAsync()) is { } refusal)
        {
            return _project.LatestFiled is null ? GrainResult.NotFound<ComplaintView>(refusal) : GrainResult.Conflict<ComplaintView>(refusal);
        }

        var view = new ComplaintView(Guid.NewGuid().ToString("N")[..16], _project.Info.TenderCode, _project.LatestFiled!.Number, complaint.Source,
            complaint.ComplainantName, complaint.ComplainantCreditCode, complaint.Reason, complaint.ReceivedAt ?? now, complaint.RecordedBy, "open",
            null, null, null, null, null, null);
        try
        {
            await complaints.AddAsync(view, complaint.Request, StoreJson.Write(view), now);
        }
        catch (StoreConflictException e)
        {
            return GrainResult.Conflict<ComplaintView>(e.Message);
        }

        return GrainResult.Done(view);
    }

    public async Task<GrainResult<ComplaintView>> Review(string complaintId, BoqUpload repriced, string reviewedBy)
    {
        if (_project is null || await complaintQueries.FindAsync(complaintId) is not { } complaint || complaint.TenderCode != _project.Info.TenderCode)
        {
            return GrainResult.NotFound<ComplaintView>($"招标项目 {this.GetPrimaryKeyString()} 没有编号为 {complaintId} 的投诉。");
        }

        if (complaint.Status != "open")
        {
            return GrainResult.Conflict<ComplaintView>($"投诉 {complaintId} 已复核（{complaint.Status}）。");
        }

        var now = BureauTime.Now(clock);
        var published = _project.Versions[complaint.Version - 1].Price;
        var figures = CeilingPriceReview.Compare(published, CeilingPriceCalculator.Price(repriced.Boq, RuleSetOf(_project)), reviewRules);
        var decided = complaint with
        {
            Status = figures.Decision == ReviewDecision.Upheld ? "upheld" : "dismissed",
            Review = figures, ReviewFile = repriced.Source.FileName, DecidedAt = now, DecidedBy = reviewedBy,
        };

        LifecycleResult? revision = null;
        if (figures.Decision == ReviewDecision.Upheld)
        {
            revision = _project.Revise(repriced.Boq, repriced.Findings, repriced.Source, RuleSetOf(_project), complaintId, now, reviewedBy);
            if (revision.Project is not { } revised)
            {
                return GrainResult.Conflict<ComplaintView>(revision.Refusal!);
            }

            var extension = BidDeadlineExtension.After(now, revised.Info.Registration?.BidDeadline, reviewRules.DeadlineExtensionDays);
            decided = decided with { RevisedVersion = revised.Current!.Number, DeadlineExtensionDays = extension.Days, ExtendedBidDeadline = extension.NewDeadline };
        }

        try
        {
            _rowVersion = await complaints.DecideAsync(decided, revision, _rowVersion);
        }
        catch (StoreConflictException e)
        {
            await ReloadAsync(CancellationToken.None);
            return GrainResult.Conflict<ComplaintView>(e.Message);
        }

        _project = revision?.Project ?? _project;
        if (revision is not null)
        {
            await ReloadAsync(CancellationToken.None); // the filing number the store gave the revised version
        }

        await RecordCreditAsync(decided, figures);
        return GrainResult.Done(decided);
    }

    /// <summary>
    /// The compiling firm's record: B01 when upheld, G03 (if the catalogue has it) within ±1 %, with the records of the
    /// engineers who signed the complained version. The event id is the complaint's, so a retried call never records twice.
    /// </summary>
    private async Task RecordCreditAsync(ComplaintView decided, ReviewFigures figures)
    {
        var (rule, eventId) = figures.Decision == ReviewDecision.Upheld ? ("B01", $"complaint:{decided.Id}")
            : figures.WithinGoodTolerance ? ("G03", $"complaint:{decided.Id}:good")
            : (null, null);
        if (rule is null || creditRules.Find(rule) is null)
        {
            return;
        }

        var info = _project!.Info;
        var note = $"投诉 {decided.Id} 复核：公布 {figures.PublishedTotal:N2} 元，复核 {figures.ReviewedTotal:N2} 元，偏差 {figures.Deviation:P2}。";
        await RecordCreditEventAsync(new CreditEvent(
            eventId!, rule, DateOnly.FromDateTime(decided.DecidedAt!.Value.DateTime), $"{info.Name}（{info.TenderCode}）最高投标限价复核",
            $"/projects/{Uri.EscapeDataString(info.TenderCode)}", note), _project.Versions[decided.Version - 1]);
    }
}
