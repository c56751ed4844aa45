namespace Cost.Web.Projects;

/// <summary>
/// POST /api/projects. <see cref="FirmCreditCode"/> is taken from the consultant's account; the
/// bureau, registering a tender for a firm, names it.
/// </summary>
public sealed record CreateProjectRequest(
    string? TenderCode,
    string? Name,
    string? Region,
    string? ProjectType,
    decimal? BuildingArea,
    string? RuleSet,
    string? FirmCreditCode = null);
