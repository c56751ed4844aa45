namespace Cost.Domain.Projects;

/// <summary>
/// What a tender is: its code on the trading platform, name, region (administrative division code),
/// project type (a code from data/project-types.json), building area in m² when it has one, the
/// rule set it is priced under and the consulting firm (USCC) that compiles it.
/// </summary>
public sealed record TenderInfo(
    string TenderCode,
    string Name,
    string Region,
    string ProjectType,
    decimal? BuildingArea,
    string RuleSet,
    string FirmCreditCode,
    string CreatedBy,
    DateTimeOffset CreatedAt);
