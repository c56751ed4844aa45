namespace Cost.Domain.Credit;

/// <summary>Good (良好行为) or bad (不良行为) conduct: a good record adds its points, a bad one takes them away.</summary>
public enum CreditKind
{
    Good,
    Bad,
}
