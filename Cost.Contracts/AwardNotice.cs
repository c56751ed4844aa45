namespace Cost.Contracts;

/// <summary>The platform's award of a tender: the winner (USCC and name), the price in yuan and when it was awarded.</summary>
[GenerateSerializer, Immutable, Alias("Cost.AwardNotice")]
public sealed record AwardNotice(
    [property: Id(0)] IdempotentRequest Request,
    [property: Id(1)] string WinnerCreditCode,
    [property: Id(2)] string WinnerName,
    [property: Id(3)] decimal Price,
    [property: Id(4)] DateTimeOffset AwardedAt);
