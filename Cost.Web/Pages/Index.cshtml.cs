using Cost.Silos.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

public sealed class IndexModel(TenderQueries queries) : PageModel
{
    public IReadOnlyList<FiledCeilingPrice> Filed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Filed = await queries.RecentFiledAsync(10, cancellationToken);
}
