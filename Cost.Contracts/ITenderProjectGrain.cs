using Cost.Domain.Projects;

namespace Cost.Contracts;

/// <summary>
/// One tender project (key: <see cref="GrainKeys.Tender"/>): its bill, ceiling price, status and
/// versions. Every change is priced by the domain and written through to the store before it answers.
/// </summary>
[Alias("Cost.ITenderProjectGrain")]
public interface ITenderProjectGrain : IGrainWithStringKey
{
    /// <summary>The project without its bills, or null when the tender code is unknown.</summary>
    [Alias("Describe")]
    [Idempotent]
    Task<ProjectView?> Describe();

    [Alias("Create")]
    Task<GrainResult<ProjectView>> Create(TenderInfo info);

    /// <summary>New dates from the trading platform for a tender it registered (404 for one it did not register).</summary>
    [Alias("Reschedule")]
    [Idempotent]
    Task<GrainResult<ProjectView>> Reschedule(PlatformRegistration registration);

    /// <summary>A new bill becomes a new draft version.</summary>
    [Alias("UploadBoq")]
    [Idempotent]
    Task<GrainResult<ProjectView>> UploadBoq(BoqUpload upload);

    /// <summary>The consultant hands the current draft to the bureau for filing.</summary>
    [Alias("Submit")]
    Task<GrainResult<ProjectView>> Submit(string submittedBy, Signatories? signatories = null);

    /// <summary>
    /// The bureau returns the submitted version to the firm with a reason; the second return of a tender
    /// records the firm's bad record B02 (when the catalogue has it). Refused (not-submitted) when nothing is submitted.
    /// </summary>
    [Alias("ReturnSubmission")]
    Task<GrainResult<ProjectView>> ReturnSubmission(string reason, string returnedBy);

    [Alias("File")]
    Task<GrainResult<ProjectView>> File(string filedBy);

    /// <summary>The bureau publishes the filed version; the complaint window runs from then.</summary>
    [Alias("Publish")]
    Task<GrainResult<ProjectView>> Publish(string publishedBy);

    /// <summary>
    /// Checks the bids against the latest filed price and locks that version, once per tender. A
    /// repeat of the same Idempotency-Key and body answers the stored JSON; the grain runs one call at
    /// a time, so concurrent repeats wait for the first and never open twice.
    /// </summary>
    [Alias("OpenBids")]
    Task<GrainResult<string>> OpenBids(BidOpening opening);

    /// <summary>Stores the award of the tender, once; repeats under the same key answer the stored JSON.</summary>
    [Alias("Award")]
    Task<GrainResult<string>> Award(AwardNotice award);

    /// <summary>Records a complaint within the window after publication; refused after bid opening.</summary>
    [Alias("Complain")]
    Task<GrainResult<ComplaintView>> Complain(NewComplaint complaint);

    /// <summary>
    /// Reviews an open complaint with the re-priced bill: beyond the tolerance the price is revised
    /// (a new filed version) and the compiling firm gets the bad record; within it the complaint is dismissed.
    /// </summary>
    [Alias("Review")]
    Task<GrainResult<ComplaintView>> Review(string complaintId, BoqUpload repriced, string reviewedBy);
}
