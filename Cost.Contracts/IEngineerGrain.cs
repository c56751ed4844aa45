namespace Cost.Contracts;

/// <summary>
/// A registered cost engineer's own credit file (key: the registration number as the register writes it), which follows the
/// engineer from firm to firm. Records live the firms' way (<see cref="IFirmGrain"/>): proposed or raised by an event,
/// notified, stated (by a consultant of the engineer's firm), decided and publicised. NotFound for a number that is on no
/// firm's register and has no file.
/// </summary>
[Alias("Cost.IEngineerGrain")]
public interface IEngineerGrain : IGrainWithStringKey
{
    [Alias("Describe")]
    Task<GrainResult<EngineerCredit>> Describe();

    /// <summary>The bureau proposes a record under an engineers' rule; an unknown rule code is a conflict.</summary>
    [Alias("AddRecord")]
    Task<GrainResult<EngineerCredit>> AddRecord(CreditEntry entry);

    /// <summary>A record raised with a firm's record for a filing the engineer signed, notified at once; the same event id once.</summary>
    [Alias("RecordEvent")]
    Task<GrainResult<EngineerCredit>> RecordEvent(CreditEvent creditEvent);

    [Alias("Notify")]
    Task<GrainResult<EngineerCredit>> Notify(int recordNo, string by);

    [Alias("State")]
    Task<GrainResult<EngineerCredit>> State(int recordNo, string text, IReadOnlyList<CreditUpload> files, string by);

    [Alias("Decide")]
    Task<GrainResult<EngineerCredit>> Decide(CreditDecisionCommand command);

    /// <summary>Notes publicity ended and periods expired (the nightly job); idempotent.</summary>
    [Alias("Recompute")]
    Task<GrainResult<EngineerCredit>> Recompute();
}
