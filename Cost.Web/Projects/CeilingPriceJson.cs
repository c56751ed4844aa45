using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cost.Contracts;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;

namespace Cost.Web.Projects;

/// <summary>A unit work's ceiling price as both APIs write it (yuan).</summary>
public sealed record UnitJson(
    string Name, decimal MeasuredWorks, decimal Measures, decimal SafetyCivilization,
    decimal OtherItems, decimal StatutoryFees, decimal Tax, decimal Total,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SingleWork)
{
    public static UnitJson From(UnitWorkPrice u) =>
        new(u.Name, u.MeasuredWorks, u.Measures, u.SafetyCivilization, u.OtherItems, u.StatutoryFees, u.Tax, u.Total, u.SingleWork);

    public static ImmutableArray<UnitJson> From(CeilingPrice price) => [.. price.Units.Select(From)];
}

/// <summary>A finding of the filing review: where it is, which rule, which unit work and item, stated and expected.</summary>
public sealed record FindingJson(
    string Severity,
    string Rule,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Sheet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Row,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ItemCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ItemName,
    string Message,
    decimal? Stated,
    decimal? Expected)
{
    public static FindingJson From(BoqFinding f) => new(
        f.Severity == FindingSeverity.Error ? "error" : "warning", f.Rule, f.Sheet, f.Row, f.Column, f.Unit, f.ItemCode, f.ItemName,
        f.Message, f.Stated, f.Expected);
}

/// <summary>
/// The answer of a BoQ upload and of GET …/ceiling-price: the version's price by unit work and its
/// findings (docs/http-api.md); <c>compiler</c> and <c>reviewer</c> (编制人, 复核人) as confirmed at submission, null before.
/// </summary>
public sealed record CeilingPriceJson(
    string TenderCode,
    string ProjectName,
    string RuleSet,
    int Version,
    string Status,
    int LineCount,
    decimal Total,
    int ErrorCount,
    ImmutableArray<UnitJson> Units,
    ImmutableArray<FindingJson> Findings,
    DateTimeOffset UploadedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? FiledAt,
    MaterialsJson? Materials,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ReturnJson? Returned,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FilingNumber,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Signatory? Compiler,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Signatory? Reviewer)
{
    public static CeilingPriceJson From(TenderInfo info, VersionView v) => new(
        info.TenderCode, info.Name, info.RuleSet, v.Number, StatusNames.Code(v.Status), v.LineCount, v.Price.Total, v.ErrorCount,
        UnitJson.From(v.Price), [.. v.Findings.Select(FindingJson.From)], v.Source.UploadedAt, v.SubmittedAt, v.FiledAt,
        v.Materials is { } m ? MaterialsJson.From(m) : null, v.Return is { } r ? new ReturnJson(r.Reason, r.ReturnedBy, r.ReturnedAt) : null, v.FilingNumber,
        v.Signatories?.Compiler, v.Signatories?.Reviewer);
}

/// <summary>
/// A project and the state of its current version; <c>taxMethod</c> is "general" or "simple", <c>basePeriod</c>
/// "yyyy-MM" or null.
/// </summary>
public sealed record ProjectJson(
    string TenderCode, string Name, string Region, string ProjectType, decimal? BuildingArea, string RuleSet,
    string FirmCreditCode, DateTimeOffset CreatedAt, int CurrentVersion, string Status, string TaxMethod, string? BasePeriod)
{
    public static ProjectJson From(ProjectView p) => new(
        p.Info.TenderCode, p.Info.Name, p.Info.Region, p.Info.ProjectType, p.Info.BuildingArea, p.Info.RuleSet,
        p.Info.FirmCreditCode, p.Info.CreatedAt, p.Current?.Number ?? 0, p.Current is { } c ? StatusNames.Code(c.Status) : "none",
        TaxMethodCodes.Code(p.Info.TaxMethod), p.Info.BasePeriod?.ToString());
}
