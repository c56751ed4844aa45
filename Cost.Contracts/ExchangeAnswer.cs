namespace Cost.Contracts;

/// <summary>
/// The answer to an idempotent platform request: the stored JSON (the same bytes on every repeat),
/// or why nothing was stored (<see cref="CommandOutcome.NotFound"/>, <see cref="CommandOutcome.Conflict"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.ExchangeAnswer")]
public sealed record ExchangeAnswer(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] string? Json,
    [property: Id(2)] string? Message)
{
    public static ExchangeAnswer Done(string json) => new(CommandOutcome.Done, json, null);

    public static ExchangeAnswer NotFound(string message) => new(CommandOutcome.NotFound, null, message);

    public static ExchangeAnswer Conflict(string message) => new(CommandOutcome.Conflict, null, message);
}
