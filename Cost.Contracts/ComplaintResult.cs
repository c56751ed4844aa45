namespace Cost.Contracts;

/// <summary>What a complaint command did: the complaint as it now is, or why nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("Cost.ComplaintResult")]
public sealed record ComplaintResult(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] ComplaintView? Complaint,
    [property: Id(2)] string? Message)
{
    public static ComplaintResult Done(ComplaintView complaint) => new(CommandOutcome.Done, complaint, null);

    public static ComplaintResult NotFound(string message) => new(CommandOutcome.NotFound, null, message);

    public static ComplaintResult Conflict(string message) => new(CommandOutcome.Conflict, null, message);
}
