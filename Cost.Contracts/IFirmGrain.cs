using Cost.Domain.Credit;

namespace Cost.Contracts;

/// <summary>
/// One firm's credit file (key: <see cref="GrainKeys.Firm"/>): its records, score and grade. Every
/// change is made by the domain (<see cref="CreditFile"/>), recomputes the standing for today and is
/// written through to the store before it answers. Unregistered firms answer NotFound.
/// </summary>
[Alias("Cost.IFirmGrain")]
public interface IFirmGrain : IGrainWithStringKey
{
    /// <summary>The file with every record and its history, and the standing last computed; NotFound for an unknown firm.</summary>
    [Alias("Describe")]
    Task<GrainResult<FirmCredit>> Describe();

    /// <summary>
    /// Registers the firm, or updates its details (given ones replace stored ones, missing ones are kept;
    /// a non-empty engineer list replaces the stored list), then recomputes the standing. True when the firm is new.
    /// </summary>
    [Alias("Register")]
    Task<bool> Register(FirmDetails details);

    /// <summary>The bureau enters a record; an unknown rule code is a conflict.</summary>
    [Alias("AddRecord")]
    Task<GrainResult<FirmCredit>> AddRecord(CreditEntry entry);

    /// <summary>Records an event of this system, idempotently: the same event id answers the record it made the first time.</summary>
    [Alias("RecordEvent")]
    Task<GrainResult<FirmCredit>> RecordEvent(CreditEvent creditEvent);

    /// <summary>The firm's consultant appeals a bad record within 15 days of its recording.</summary>
    [Alias("Appeal")]
    Task<GrainResult<FirmCredit>> Appeal(int recordNo, string reason, string by);

    /// <summary>The bureau upholds (<paramref name="revoke"/> false) or revokes the appealed record, with a reason.</summary>
    [Alias("DecideAppeal")]
    Task<GrainResult<FirmCredit>> DecideAppeal(int recordNo, bool revoke, string reason, string by);

    /// <summary>
    /// Notes records whose period has ended and recomputes the standing for today; a grade change enters
    /// the grade history. The nightly job calls it for every firm; calling it twice changes nothing more.
    /// </summary>
    [Alias("Recompute")]
    Task<GrainResult<FirmCredit>> Recompute();
}
