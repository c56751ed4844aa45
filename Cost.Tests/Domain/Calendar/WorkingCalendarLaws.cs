using Cost.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Calendar;

/// <summary>Laws of working days: counting n of them lands on a working day with exactly n in between, whatever the holidays.</summary>
public class WorkingCalendarLaws
{
    private static readonly DateOnly Origin = new(2026, 1, 1);

    private static Gen<DateOnly> Dates => Gen.Choose(0, 720).Select(Origin.AddDays);

    private static Gen<WorkingCalendar> Calendars =>
        from holidays in Gen.ListOf(Dates)
        from workdays in Gen.ListOf(Dates)
        select new WorkingCalendar(holidays.Distinct().Select(d => new CalendarDay(d, CalendarDayKind.Holiday, "假日"))
            .Concat(workdays.Distinct().Except(holidays).Select(d => new CalendarDay(d, CalendarDayKind.Workday, "调休上班"))));

    [Property(MaxTest = 500)]
    public Property The_nth_working_day_after_a_date_is_a_working_day_with_n_working_days_up_to_it() =>
        Prop.ForAll(Arb.From(Calendars), Arb.From(Dates), Arb.From(Gen.Choose(1, 30)), (calendar, from, n) =>
        {
            var end = calendar.AddWorkingDays(from, n);
            return end > from && calendar.IsWorkingDay(end) && calendar.WorkingDaysBetween(from, end) == n
                && calendar.WorkingDaysBetween(from, end.AddDays(-1)) == n - 1;
        });

    [Property(MaxTest = 500)]
    public Property A_holiday_never_brings_a_deadline_earlier() =>
        Prop.ForAll(Arb.From(Calendars), Arb.From(Dates), Arb.From(Dates.Zip(Gen.Choose(0, 30))), (calendar, from, added) =>
        {
            var (holiday, n) = added;
            var more = new WorkingCalendar(calendar.Days.Where(d => d.Date != holiday).Append(new CalendarDay(holiday, CalendarDayKind.Holiday, "新增假日")));
            return more.AddWorkingDays(from, n) >= calendar.AddWorkingDays(from, n);
        });

    [Fact]
    public void The_2026_Spring_Festival_week_with_its_two_Saturdays_worked()
    {
        var days = Enumerable.Range(15, 9).Select(d => new CalendarDay(new DateOnly(2026, 2, d), CalendarDayKind.Holiday, "春节"))
            .Append(new CalendarDay(new DateOnly(2026, 2, 14), CalendarDayKind.Workday, "春节调休上班"))
            .Append(new CalendarDay(new DateOnly(2026, 2, 28), CalendarDayKind.Workday, "春节调休上班"));
        var calendar = new WorkingCalendar(days);

        // Notified Friday 13 February: Saturday 14 is worked, 15–23 are off, then 24, 25, 26, 27.
        Assert.Equal(new DateOnly(2026, 2, 27), calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 5));
        Assert.Equal(new DateOnly(2026, 2, 20), WorkingCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 2, 13), 5));
        Assert.True(calendar.Covers(2026));
        Assert.False(calendar.Covers(2027));
    }
}
