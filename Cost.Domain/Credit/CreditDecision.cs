namespace Cost.Domain.Credit;

/// <summary>The bureau's decision on a notified record: confirm it, amend it (another rule, another note) or drop it.</summary>
public enum CreditDecision
{
    Confirm,
    Amend,
    Drop,
}
