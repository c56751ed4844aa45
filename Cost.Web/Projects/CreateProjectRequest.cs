namespace Cost.Web.Projects;

/// <summary>
/// POST /api/projects. <see cref="FirmCreditCode"/> is taken from the consultant's account; the
/// bureau, registering a tender for a firm, names it. <see cref="TaxMethod"/> is "general" or "simple" and
/// <see cref="BasePeriod"/> a month "yyyy-MM"; without them (and without <see cref="RuleSet"/>) the
/// configured defaults apply (<see cref="PricingOptions"/>).
/// </summary>
public sealed record CreateProjectRequest(
    string? TenderCode,
    string? Name,
    string? Region,
    string? ProjectType,
    decimal? BuildingArea,
    string? RuleSet,
    string? FirmCreditCode = null,
    string? TaxMethod = null,
    string? BasePeriod = null);
