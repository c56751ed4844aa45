namespace Cost.Domain.Reviews;

/// <summary>The outcome of reviewing a complaint against a published ceiling price.</summary>
public enum ReviewDecision
{
    /// <summary>Within the tolerance (±3 %): the complaint is dismissed with the figures.</summary>
    Dismissed,

    /// <summary>Beyond the tolerance: the published price must be revised and filed again.</summary>
    Upheld,
}
