using Cost.Domain.Credit;

namespace Cost.Contracts;

/// <summary>
/// What a Firm grain command did: the file and standing as they now are and the record concerned,
/// or why nothing changed (<see cref="CommandOutcome"/> tells the web layer the status code).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditResult")]
public sealed record CreditResult(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] CreditFile? File,
    [property: Id(2)] CreditStanding? Standing,
    [property: Id(3)] CreditRecord? Record,
    [property: Id(4)] string? Message)
{
    public static CreditResult NotFound(string message) => new(CommandOutcome.NotFound, null, null, null, message);

    public static CreditResult Conflict(string message) => new(CommandOutcome.Conflict, null, null, null, message);
}
