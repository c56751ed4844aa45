using Cost.Domain.Credit;

namespace Cost.Contracts;

/// <summary>The bureau's decision on a notified record: confirm, amend (to <see cref="RuleCode"/>, with <see cref="Note"/>) or drop, with its reason.</summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditDecisionCommand")]
public sealed record CreditDecisionCommand(
    [property: Id(0)] int RecordNo,
    [property: Id(1)] CreditDecision Decision,
    [property: Id(2)] string? RuleCode,
    [property: Id(3)] string? Note,
    [property: Id(4)] string Reason,
    [property: Id(5)] string By);
