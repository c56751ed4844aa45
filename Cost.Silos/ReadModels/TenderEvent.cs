using Cost.Domain.Projects;
namespace Cost.Silos.ReadModels;

/// <summary>
/// A tender event of the OCDS feed: a filing (<see cref="Exchange.ExchangeEvents.CeilingPriceFiled"/>), a
/// revision or an award, with what a release needs. <see cref="CeilingTotal"/> is the version's price;
/// the award fields are set for awards only.
/// </summary>
public sealed record TenderEvent(
    long Seq, string Kind, DateTimeOffset OccurredAt, string TenderCode, string ProjectName, string FirmCreditCode, string FirmName,
    int Version, decimal CeilingTotal, string? RevisionFor,
    string? WinnerCreditCode, string? WinnerName, decimal? AwardPrice, DateTimeOffset? AwardedAt,
    PlatformRegistration? Registration = null);
