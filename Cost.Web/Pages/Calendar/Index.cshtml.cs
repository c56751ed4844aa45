using Cost.Domain;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Calendar;

/// <summary>The working-day calendar kept by the bureau: a year's holidays and make-up working days, set apart or returned a day at a time.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class CalendarModel(CalendarStore store, TimeProvider clock) : PageModel
{
    public CalendarApi.CalendarYearJson Year { get; private set; } = null!;

    public int CurrentYear => BureauTime.Today(clock).Year;

    [TempData] public string? Message { get; set; }

    [TempData] public bool MessageIsError { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) =>
        Year = CalendarApi.YearOf(await store.ReadAsync(cancellationToken), year is >= 2000 and <= 2100 ? year.Value : CurrentYear);

    public async Task<IActionResult> OnPostSaveAsync(string? date, string? kind, string? name, CancellationToken cancellationToken)
    {
        var outcome = await CalendarApi.SaveAsync(CurrentUser.From(User)!, date, new CalendarApi.CalendarDayRequest(kind, name), store, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded ? ($"已设定 {date}：{name?.Trim()}。", false) : (outcome.Explain(), true);
        return RedirectToPage(new { year = outcome.Value?.Date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date, CancellationToken cancellationToken)
    {
        var outcome = await CalendarApi.RemoveAsync(CurrentUser.From(User)!, date, store, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded ? ($"{date} 已恢复按周一至周五计。", false) : (outcome.Explain(), true);
        return RedirectToPage(new { year = outcome.Succeeded ? outcome.Value.Year : (int?)null });
    }
}
