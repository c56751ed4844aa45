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

    /// <summary>The bureau proposes a record (or brings in a settled one); an unknown rule code is a conflict.</summary>
    [Alias("AddRecord")]
    Task<GrainResult<FirmCredit>> AddRecord(CreditEntry entry);

    /// <summary>
    /// Records an event of this system, notified to the firm at once, idempotently: the same event id answers the record
    /// it made the first time.
    /// </summary>
    [Alias("RecordEvent")]
    Task<GrainResult<FirmCredit>> RecordEvent(CreditEvent creditEvent);

    /// <summary>The bureau tells the firm of a proposed record; the statement period runs on the working-day calendar.</summary>
    [Alias("Notify")]
    Task<GrainResult<FirmCredit>> Notify(int recordNo, string by);

    /// <summary>The firm's statement on a notified record, with its files, once and within the period; the files are stored with it.</summary>
    [Alias("State")]
    Task<GrainResult<FirmCredit>> State(int recordNo, string text, IReadOnlyList<CreditUpload> files, string by);

    /// <summary>The bureau confirms, amends or drops a notified record once stated or past its period; confirmed or amended, it is publicised.</summary>
    [Alias("Decide")]
    Task<GrainResult<FirmCredit>> Decide(CreditDecisionCommand command);

    /// <summary>The firm applies for the repair of a bad record in force once its rule's minimum period has passed, with its evidence.</summary>
    [Alias("ApplyForRepair")]
    Task<GrainResult<FirmCredit>> ApplyForRepair(int recordNo, string evidence, IReadOnlyList<CreditUpload> files, string by);

    /// <summary>The bureau grants (the record stops counting today) or refuses a repair, with a reason.</summary>
    [Alias("DecideRepair")]
    Task<GrainResult<FirmCredit>> DecideRepair(int recordNo, bool grant, string reason, string by);

    /// <summary>The firm's consultant appeals a decided bad record within 15 days of the decision.</summary>
    [Alias("Appeal")]
    Task<GrainResult<FirmCredit>> Appeal(int recordNo, string reason, string by);

    /// <summary>The bureau upholds (<paramref name="revoke"/> false) or revokes the appealed record, with a reason.</summary>
    [Alias("DecideAppeal")]
    Task<GrainResult<FirmCredit>> DecideAppeal(int recordNo, bool revoke, string reason, string by);

    /// <summary>
    /// Notes records whose publicity or period has ended and recomputes the standing for today; a grade change enters
    /// the grade history. The nightly job calls it for every firm; calling it twice changes nothing more.
    /// </summary>
    [Alias("Recompute")]
    Task<GrainResult<FirmCredit>> Recompute();
}
