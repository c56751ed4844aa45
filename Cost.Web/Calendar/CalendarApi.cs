using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Calendar;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Calendar;

/// <summary>
/// The working-day calendar (工作日历): anyone reads a year's holidays and make-up working days; the bureau sets a day apart
/// or returns it to the weekday rule, at once for every deadline counted in working days, audited.
/// </summary>
public static class CalendarApi
{
    public sealed record CalendarDayRequest(string? Kind, string? Name);

    public sealed record CalendarDayJson(DateOnly Date, string Kind, string Name);

    /// <summary>A year: the days set apart, whether its official holidays are entered, and its working days.</summary>
    public sealed record CalendarYearJson(int Year, bool HolidaysEntered, int WorkingDays, ImmutableArray<CalendarDayJson> Days);

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/public/calendar", Year).WithTags("工作日历").WithName("calendarYear")
            .WithSummary("某年（year，默认今年）的法定节假日和调休上班日、当年工作日数；holidaysEntered 为 false 时该年只按周末计");
        var api = routes.MapGroup("/api/calendar").WithTags("工作日历").RequireAuthorization(Policies.BureauOnly);
        api.MapPut("/{date}", Save).WithName("saveCalendarDay")
            .WithSummary("设定某日（yyyy-MM-dd）{ kind: holiday 放假 | workday 调休上班, name }；按工作日计算的期限即时按新日历");
        api.MapDelete("/{date}", Remove).WithName("removeCalendarDay").WithSummary("某日恢复按周一至周五计，答复该年日历；不在日历中 404");
        return routes;
    }

    public static CalendarYearJson YearOf(WorkingCalendar calendar, int year)
    {
        var first = new DateOnly(year, 1, 1);
        return new CalendarYearJson(year, calendar.Covers(year), calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(year, 12, 31)),
            [.. calendar.Days.Where(d => d.Date.Year == year).Select(d => new CalendarDayJson(d.Date, Contracts.StoreNames.Of(d.Kind), d.Name))]);
    }

    /// <summary>Sets a day apart, or answers each bad field.</summary>
    public static async Task<Outcome<CalendarDay>> SaveAsync(CurrentUser bureau, string? date, CalendarDayRequest request, CalendarStore store, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var problems = new List<ProblemItem>();
        var day = CreditOperations.ParseDate(date);
        if (day is null)
        {
            problems.Add(ProblemItem.ForField("date", "日期格式应为 yyyy-MM-dd。"));
        }

        var kind = request.Kind?.Trim() switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "workday" => CalendarDayKind.Workday,
            _ => (CalendarDayKind?)null,
        };
        if (kind is null)
        {
            problems.Add(ProblemItem.ForField("kind", "kind 须为 holiday（放假）或 workday（调休上班）。"));
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 40)
        {
            problems.Add(ProblemItem.ForField("name", "名称必填（如“春节”“国庆节调休上班”），不超过 40 字。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<CalendarDay>(StatusCodes.Status400BadRequest, "工作日历设定有误。", problems);
        }

        var saved = new CalendarDay(day!.Value, kind!.Value, name);
        await store.SaveAsync(saved, BureauTime.Now(clock), bureau.UserName, cancellationToken);
        return Outcome.Ok(saved);
    }

    public static async Task<Outcome<DateOnly>> RemoveAsync(CurrentUser bureau, string? date, CalendarStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        CreditOperations.ParseDate(date) is not { } day
            ? Outcome.Fail<DateOnly>(StatusCodes.Status400BadRequest, "日期有误。", ProblemItem.ForField("date", "日期格式应为 yyyy-MM-dd。"))
            : await store.RemoveAsync(day, BureauTime.Now(clock), bureau.UserName, cancellationToken)
                ? Outcome.Ok(day)
                : Outcome.Fail<DateOnly>(StatusCodes.Status404NotFound, $"{day:yyyy-MM-dd} 不在工作日历的例外日中。");

    private static async Task<Results<Ok<CalendarYearJson>, ProblemHttpResult>> Year(int? year, CalendarStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var y = year ?? BureauTime.Today(clock).Year;
        if (y is < 2000 or > 2100)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "年份有误。", [ProblemItem.ForField("year", "year 须在 2000–2100 之间。")]);
        }

        return TypedResults.Ok(YearOf(await store.ReadAsync(cancellationToken), y));
    }

    private static async Task<Results<Ok<CalendarDayJson>, ProblemHttpResult>> Save(
        CurrentUser user, string date, CalendarDayRequest request, CalendarStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        (await SaveAsync(user, date, request, store, clock, cancellationToken)).ToResult(d => TypedResults.Ok(new CalendarDayJson(d.Date, Contracts.StoreNames.Of(d.Kind), d.Name)));

    private static async Task<Results<Ok<CalendarYearJson>, ProblemHttpResult>> Remove(
        CurrentUser user, string date, CalendarStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var outcome = await RemoveAsync(user, date, store, clock, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(YearOf(await store.ReadAsync(cancellationToken), outcome.Value.Year)) : outcome.Problem();
    }
}
