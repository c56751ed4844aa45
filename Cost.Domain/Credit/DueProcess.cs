namespace Cost.Domain.Credit;

/// <summary>
/// A record's way to taking effect: when the firm was told (告知) and until when it may state its case (陈述申辩),
/// what it stated, when the bureau decided and the day the publicity (公示) ends and the record is in force.
/// A record brought in already settled (from the previous register) has none and counts from its start.
/// </summary>
public sealed record DueProcess(DateOnly? NotifiedOn, DateOnly? StatementDeadline, CreditSubmission? Statement, DateOnly? DecidedOn, DateOnly? InForceFrom)
{
    public static DueProcess None { get; } = new(null, null, null, null, null);
}
