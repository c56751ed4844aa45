using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Prices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Prices;

/// <summary>Upload a market-price survey for a region and month; the result lists every rejected row.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class SurveyUploadModel(PriceOperations operations, ReferenceData reference, TimeProvider clock) : PageModel
{
    public ReferenceData Reference => reference;

    public YearMonth DefaultPeriod => YearMonth.Of(BureauTime.Today(clock));

    public Outcome<SurveyReceipt>? Result { get; private set; }

    public string? Region { get; private set; }

    public string? Period { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string region, string period, IFormFile? file, CancellationToken cancellationToken)
    {
        (Region, Period) = (region, period);
        Result = await operations.UploadSurveyAsync(CurrentUser.From(User)!, region, period, file, cancellationToken);
        return Page();
    }
}
