using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Pricing;

namespace Cost.Domain.Projects;

/// <summary>
/// One uploaded bill with its computed ceiling price and findings, and where it stands in the
/// filing workflow. <see cref="RevisionFor"/> names the complaint whose review forced this version;
/// <see cref="Materials"/> is the bill's main materials against 信息价 (null without a main-materials table);
/// <see cref="Return"/> is why, when and by whom the bureau sent it back (null unless returned);
/// <see cref="FilingNumber"/> the number the store gave it at filing (备案号; null before, and for versions filed before numbers existed);
/// <see cref="Signatories"/> the 编制人 and 复核人 confirmed at submission against the firm's register (null before).
/// </summary>
public sealed record TenderVersion(
    int Number,
    TenderStatus Status,
    Boq Boq,
    CeilingPrice Price,
    ImmutableArray<BoqFinding> Findings,
    BoqSource Source,
    DateTimeOffset? SubmittedAt = null,
    DateTimeOffset? FiledAt = null,
    string? FiledBy = null,
    DateTimeOffset? PublishedAt = null,
    DateTimeOffset? LockedAt = null,
    string? RevisionFor = null,
    MaterialCheck? Materials = null,
    VersionReturn? Return = null,
    string? FilingNumber = null,
    Signatories? Signatories = null)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>Filed or any later state: what the trading platform may read.</summary>
    public bool IsFiled => Status.IsFiled();

    /// <summary>
    /// When bidders could first see this price: its publication, or its filing when the bureau did
    /// not publish it separately (the platform reads a filed price at once).
    /// </summary>
    public DateTimeOffset? PublicSince => PublishedAt ?? FiledAt;
}
