namespace Cost.Domain.Reviews;

/// <summary>
/// The parameters of complaints and reviews of a published ceiling price (GB/T 50500-2013 §5.3).
/// </summary>
/// <param name="Tolerance">A reviewed total off by more than this fraction forces a revision (0.03).</param>
/// <param name="GoodTolerance">Within this fraction the compiling firm earns a good record (0.01).</param>
/// <param name="ComplaintWindowWorkingDays">Working days after the day of publication in which a bidder may complain (5), on the working-day calendar.</param>
/// <param name="DeadlineExtensionDays">Days the bid deadline is extended after a revision (15).</param>
public sealed record ReviewRules(decimal Tolerance, decimal GoodTolerance, int ComplaintWindowWorkingDays, int DeadlineExtensionDays)
{
    public static ReviewRules Default { get; } = new(0.03m, 0.01m, 5, 15);
}
