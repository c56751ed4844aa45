namespace Cost.Domain.Credit;

/// <summary>A firm's score and grade on one date.</summary>
public sealed record CreditStanding(DateOnly On, decimal Score, string Grade);
