namespace Cost.Domain.Calendar;

/// <summary>
/// A day the calendar sets apart from the weekday rule: an official holiday (放假, also a weekday off) or a make-up
/// working day (调休上班, a Saturday or Sunday worked), with its name (元旦, 春节, …).
/// </summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);
