using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Cost.Domain.Projects;
using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;

namespace Cost.Web.Exchange;

/// <summary>
/// One OCDS 1.1 release of a tender event: the filed ceiling price as tender.value (tag "tender"),
/// a revision as an amendment ("tenderAmendment"), an award ("award"). Parties carry the review body
/// (the bureau), the compiling firm and the winner, identified by the USCC scheme "CN-USCC"; for a tender the trading
/// platform registered, the tenderee as buyer (招标人) and the agency, or else the tenderee, as tender.procuringEntity.
/// </summary>
public sealed record OcdsRelease(
    string Ocid, string Id, DateTimeOffset Date, ImmutableArray<string> Tag, string InitiationType, string Language,
    ImmutableArray<OcdsParty> Parties,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsOrganizationReference? Buyer,
    OcdsTender Tender, ImmutableArray<OcdsAward>? Awards)
{
    public static OcdsRelease From(TenderEvent e, string ocidPrefix, string publisherName)
    {
        var ocid = ocidPrefix + e.TenderCode;
        var bureau = new OcdsParty("CN-BUREAU", publisherName, null, ["reviewBody"]);
        var firm = new OcdsParty($"CN-USCC-{e.FirmCreditCode}", e.FirmName, new OcdsIdentifier("CN-USCC", e.FirmCreditCode, e.FirmName), ["interestedParty"]);
        var value = new OcdsValue(e.CeilingTotal, "CNY");
        var amendments = e.RevisionFor is null ? (ImmutableArray<OcdsAmendment>?)null
            : [new OcdsAmendment($"{e.TenderCode}-v{e.Version}", e.OccurredAt, $"投诉 {e.RevisionFor} 复核偏差超过 ±3%，最高投标限价修订为第 {e.Version} 版并重新备案。")];
        var (buyer, procuring, organisers) = Organisers(e.Registration);
        var tender = new OcdsTender(e.TenderCode, e.ProjectName, e.WinnerCreditCode is null ? "active" : "complete", value, "open", amendments, procuring,
            e.Registration?.PublishAt is { } publishAt ? new OcdsPeriod(publishAt, e.Registration.BidDeadline) : null);
        if (e.Kind == ExchangeEvents.AwardRecorded && e.WinnerCreditCode is { } winner)
        {
            var supplier = new OcdsParty($"CN-USCC-{winner}", e.WinnerName!, new OcdsIdentifier("CN-USCC", winner, e.WinnerName), ["supplier", "tenderer"]);
            var award = new OcdsAward($"{e.TenderCode}-award", e.AwardedAt, "active", new OcdsValue(e.AwardPrice!.Value, "CNY"),
                [new OcdsOrganizationReference(supplier.Id, supplier.Name)]);
            return new OcdsRelease(ocid, $"{e.TenderCode}-{e.Seq}-award", e.OccurredAt, ["award"], "tender", "zh",
                [bureau, firm, .. organisers, supplier], buyer, tender, [award]);
        }

        var tag = e.RevisionFor is null ? "tender" : "tenderAmendment";
        return new OcdsRelease(ocid, $"{e.TenderCode}-{e.Seq}-{tag}", e.OccurredAt, [tag], "tender", "zh", [bureau, firm, .. organisers], buyer, tender, null);
    }

    /// <summary>The buyer, the procuring entity and their parties from the platform's registration; none for a tender registered by hand.</summary>
    private static (OcdsOrganizationReference? Buyer, OcdsOrganizationReference? Procuring, ImmutableArray<OcdsParty> Parties) Organisers(PlatformRegistration? registration)
    {
        if (registration is null)
        {
            return (null, null, []);
        }

        var tenderee = Party(registration.Tenderee, registration.Agency is null ? ["buyer", "procuringEntity"] : ["buyer"]);
        var agency = registration.Agency is { } a ? Party(a, ["procuringEntity"]) : null;
        var procuring = agency ?? tenderee;
        return (new(tenderee.Id, tenderee.Name), new(procuring.Id, procuring.Name), agency is null ? [tenderee] : [tenderee, agency]);
    }

    private static OcdsParty Party(TenderParty party, ImmutableArray<string> roles) =>
        new($"CN-USCC-{party.CreditCode}", party.Name, new OcdsIdentifier("CN-USCC", party.CreditCode, party.Name), roles);
}

public sealed record OcdsParty(string Id, string Name, OcdsIdentifier? Identifier, ImmutableArray<string> Roles);

public sealed record OcdsIdentifier(string Scheme, string Id, string? LegalName);

public sealed record OcdsValue(decimal Amount, string Currency);

public sealed record OcdsAmendment(string Id, DateTimeOffset Date, string Rationale);

/// <summary>
/// tender.value is the ceiling price (最高投标限价) of the version the release reports; every tender filed here is for
/// construction works, OCDS mainProcurementCategory "works".
/// </summary>
public sealed record OcdsTender(
    string Id, string Title, string Status, OcdsValue Value, string ProcurementMethod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<OcdsAmendment>? Amendments,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsOrganizationReference? ProcuringEntity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPeriod? TenderPeriod = null)
{
    public string MainProcurementCategory => "works";
}

/// <summary>tender.tenderPeriod: from the publication to the bid deadline the platform gave.</summary>
public sealed record OcdsPeriod(DateTimeOffset StartDate, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndDate);

public sealed record OcdsAward(string Id, DateTimeOffset? Date, string Status, OcdsValue Value, ImmutableArray<OcdsOrganizationReference> Suppliers);

public sealed record OcdsOrganizationReference(string Id, string Name);
