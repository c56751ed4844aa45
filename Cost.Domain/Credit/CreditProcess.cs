using Cost.Domain.Calendar;

namespace Cost.Domain.Credit;

/// <summary>
/// The periods of a record's life: the firm may state its case within <paramref name="NoticeWorkingDays"/> working days
/// of the notice (on <paramref name="Calendar"/>), and a decided record is publicised for <paramref name="PublicityDays"/>
/// days before it is in force.
/// </summary>
public sealed record CreditProcess(int NoticeWorkingDays, int PublicityDays, WorkingCalendar Calendar)
{
    public static CreditProcess Default { get; } = new(5, 7, WorkingCalendar.WeekdaysOnly);

    public DateOnly StatementDeadline(DateOnly notifiedOn) => Calendar.AddWorkingDays(notifiedOn, NoticeWorkingDays);

    public DateOnly InForceFrom(DateOnly decidedOn) => decidedOn.AddDays(PublicityDays);
}
