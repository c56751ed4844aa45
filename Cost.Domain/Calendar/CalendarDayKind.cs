namespace Cost.Domain.Calendar;

/// <summary>Whether a calendar day is a day off (<see cref="Holiday"/>) or a day worked (<see cref="Workday"/>).</summary>
public enum CalendarDayKind
{
    Holiday,
    Workday,
}
