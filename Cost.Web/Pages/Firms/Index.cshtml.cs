using System.Collections.Immutable;
using System.Globalization;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Firms;

/// <summary>The public credit register: search by name or USCC, sort by name, score or grade.</summary>
public sealed class FirmsModel(CreditQueries queries) : PageModel
{
    // Names in the order a Chinese reader expects (pinyin), not by code point.
    private static readonly StringComparer ChineseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    public ImmutableArray<RegisterEntry> Items { get; private set; } = [];

    public string? Q { get; private set; }

    public string Sort { get; private set; } = "name";

    public CurrentUser? Viewer => CurrentUser.From(User);

    public async Task OnGetAsync(string? q, string? sort, CancellationToken cancellationToken)
    {
        (Q, Sort) = (q?.Trim(), sort is "score" or "grade" ? sort : "name");
        var items = await queries.SearchAsync(Q, cancellationToken);
        Items = Sort == "name"
            ? [.. items.OrderBy(i => i.Name, ChineseOrder)]
            : [.. items.OrderByDescending(i => i.Score ?? decimal.MinValue).ThenBy(i => i.Name, ChineseOrder)];
    }
}
