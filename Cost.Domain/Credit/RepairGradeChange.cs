namespace Cost.Domain.Credit;

/// <summary>On <paramref name="On"/> a record's repair (信用修复) moved the firm's grade from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record RepairGradeChange(DateOnly On, string From, string To);
