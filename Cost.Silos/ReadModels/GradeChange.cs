namespace Cost.Silos.ReadModels;

/// <summary>A change of a firm's grade (<see cref="From"/> is null for its first grade).</summary>
public sealed record GradeChange(string CreditCode, string FirmName, DateOnly ChangedOn, DateTimeOffset ChangedAt, string? From, string To, decimal Score);
