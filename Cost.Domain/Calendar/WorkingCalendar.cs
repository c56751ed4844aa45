using System.Collections.Immutable;

namespace Cost.Domain.Calendar;

/// <summary>
/// Working days (工作日): Monday to Friday, except the official holidays, plus the weekend days worked in their
/// place (调休), as the State Council announces them each year and the bureau enters them. Every deadline counted
/// in working days (a credit notice's statement period, a complaint window) is counted here.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly ImmutableDictionary<DateOnly, CalendarDay> _days;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        _days = days.ToImmutableDictionary(d => d.Date);
    }

    /// <summary>No holidays entered: Monday to Friday.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    /// <summary>The days set apart, in date order.</summary>
    public ImmutableArray<CalendarDay> Days => [.. _days.Values.OrderBy(d => d.Date)];

    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var day) ? day.Kind == CalendarDayKind.Workday : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="from"/> (the day itself is not counted, as a
    /// period "within 5 working days of the notice" starts the next day); <paramref name="from"/> when 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            counted += IsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }

    /// <summary>The working days in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the bureau has entered the official holidays of <paramref name="year"/> (any holiday in it).</summary>
    public bool Covers(int year) => _days.Values.Any(d => d.Date.Year == year && d.Kind == CalendarDayKind.Holiday);
}
