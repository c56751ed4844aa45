using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;

namespace Cost.Web.Exchange;

/// <summary>
/// One OCDS 1.1 release of a tender event: the filed ceiling price as tender.value (tag "tender"),
/// a revision as an amendment ("tenderAmendment"), an award ("award"). Parties carry the review body
/// (the bureau), the compiling firm and the winner, identified by the USCC scheme "CN-USCC".
/// </summary>
public sealed record OcdsRelease(
    string Ocid, string Id, DateTimeOffset Date, ImmutableArray<string> Tag, string InitiationType, string Language,
    ImmutableArray<OcdsParty> Parties, OcdsTender Tender, ImmutableArray<OcdsAward>? Awards)
{
    public static OcdsRelease From(TenderEvent e, string ocidPrefix, string publisherName)
    {
        var ocid = ocidPrefix + e.TenderCode;
        var bureau = new OcdsParty("CN-BUREAU", publisherName, null, ["reviewBody"]);
        var firm = new OcdsParty($"CN-USCC-{e.FirmCreditCode}", e.FirmName, new OcdsIdentifier("CN-USCC", e.FirmCreditCode, e.FirmName), ["interestedParty"]);
        var value = new OcdsValue(e.CeilingTotal, "CNY");
        var amendments = e.RevisionFor is null ? (ImmutableArray<OcdsAmendment>?)null
            : [new OcdsAmendment($"{e.TenderCode}-v{e.Version}", e.OccurredAt, $"投诉 {e.RevisionFor} 复核偏差超过 ±3%，最高投标限价修订为第 {e.Version} 版并重新备案。")];
        var tender = new OcdsTender(e.TenderCode, e.ProjectName, e.WinnerCreditCode is null ? "active" : "complete", value, "open", amendments);
        if (e.Kind == ExchangeEvents.AwardRecorded && e.WinnerCreditCode is { } winner)
        {
            var supplier = new OcdsParty($"CN-USCC-{winner}", e.WinnerName!, new OcdsIdentifier("CN-USCC", winner, e.WinnerName), ["supplier", "tenderer"]);
            var award = new OcdsAward($"{e.TenderCode}-award", e.AwardedAt, "active", new OcdsValue(e.AwardPrice!.Value, "CNY"),
                [new OcdsOrganizationReference(supplier.Id, supplier.Name)]);
            return new OcdsRelease(ocid, $"{e.TenderCode}-{e.Seq}-award", e.OccurredAt, ["award"], "tender", "zh",
                [bureau, firm, supplier], tender, [award]);
        }

        var tag = e.RevisionFor is null ? "tender" : "tenderAmendment";
        return new OcdsRelease(ocid, $"{e.TenderCode}-{e.Seq}-{tag}", e.OccurredAt, [tag], "tender", "zh", [bureau, firm], tender, null);
    }
}

public sealed record OcdsParty(string Id, string Name, OcdsIdentifier? Identifier, ImmutableArray<string> Roles);

public sealed record OcdsIdentifier(string Scheme, string Id, string? LegalName);

public sealed record OcdsValue(decimal Amount, string Currency);

public sealed record OcdsAmendment(string Id, DateTimeOffset Date, string Rationale);

/// <summary>tender.value is the ceiling price (最高投标限价) of the version the release reports.</summary>
public sealed record OcdsTender(
    string Id, string Title, string Status, OcdsValue Value, string ProcurementMethod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<OcdsAmendment>? Amendments);

public sealed record OcdsAward(string Id, DateTimeOffset? Date, string Status, OcdsValue Value, ImmutableArray<OcdsOrganizationReference> Suppliers);

public sealed record OcdsOrganizationReference(string Id, string Name);
