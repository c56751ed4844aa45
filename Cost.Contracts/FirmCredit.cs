using Cost.Domain.Credit;

namespace Cost.Contracts;

/// <summary>A firm's credit file and standing as they now are, and the record a command concerned.</summary>
[GenerateSerializer, Immutable, Alias("Cost.FirmCredit")]
public sealed record FirmCredit(
    [property: Id(0)] CreditFile File,
    [property: Id(1)] CreditStanding? Standing,
    [property: Id(2)] CreditRecord? Record);
