namespace Cost.Domain.Bills;

/// <summary>Errors block filing; warnings do not (docs/filing-review.md).</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}
