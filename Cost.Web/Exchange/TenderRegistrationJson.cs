using Cost.Contracts;
using Cost.Domain.Projects;

namespace Cost.Web.Exchange;

/// <summary>A tender the trading platform registered, as POST and PUT /exchange/v1/tenders answer it.</summary>
public sealed record TenderRegistrationJson(
    string TenderCode, string Name, string? Lot, TenderParty Tenderee, TenderParty? Agency, string Region, string ProjectType,
    decimal? BuildingArea, string CompilingFirm, DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline, DateTimeOffset RegisteredAt)
{
    public static TenderRegistrationJson From(ProjectView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var info = view.Info;
        var r = info.Registration!;
        return new(info.TenderCode, info.Name, r.Lot, r.Tenderee, r.Agency, info.Region, info.ProjectType, info.BuildingArea, info.FirmCreditCode,
            r.PublishAt, r.BidDeadline, info.CreatedAt);
    }
}
