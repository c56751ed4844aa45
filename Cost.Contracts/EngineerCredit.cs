using Cost.Domain.Credit;

namespace Cost.Contracts;

/// <summary>An engineer's credit file as it now is, and the record a command concerned.</summary>
[GenerateSerializer, Immutable, Alias("Cost.EngineerCredit")]
public sealed record EngineerCredit(
    [property: Id(0)] CreditFile File,
    [property: Id(1)] CreditRecord? Record);
