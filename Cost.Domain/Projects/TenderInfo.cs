using Cost.Domain.Pricing;

namespace Cost.Domain.Projects;

/// <summary>
/// What a tender is: its code on the trading platform, name, region (administrative division code),
/// project type (a code from data/project-types.json), building area in m² when it has one, the
/// rule set it is priced under and the consulting firm (USCC) that compiles it; the tax method that
/// decides its VAT rate (一般计税 unless chosen) and the month (基期) whose 信息价 its main materials are
/// compared with, when the tender names one; <see cref="Registration"/> what the trading platform said of it when
/// the platform registered it (null for a tender a consultant registered by hand).
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
    DateTimeOffset CreatedAt,
    TaxMethod TaxMethod = TaxMethod.General,
    YearMonth? BasePeriod = null,
    PlatformRegistration? Registration = null)
{
    /// <summary>Whether two registrations state the same tender (who registered it and when left aside): a platform's retry.</summary>
    public bool SameFacts(TenderInfo other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { CreatedBy = "", CreatedAt = default } == other with { CreatedBy = "", CreatedAt = default };
    }
}
