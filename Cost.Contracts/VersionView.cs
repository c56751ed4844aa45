using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;

namespace Cost.Contracts;

/// <summary>One ceiling-price version without its bill; <see cref="Return"/> when the bureau sent it back; <see cref="Signatories"/> once submitted;
/// <see cref="TitlePage"/> the 编制人 and 复核人 its workbook's 扉页 names.</summary>
[GenerateSerializer, Immutable, Alias("Cost.VersionView")]
public sealed record VersionView(
    [property: Id(0)] int Number,
    [property: Id(1)] TenderStatus Status,
    [property: Id(2)] CeilingPrice Price,
    [property: Id(3)] ImmutableArray<BoqFinding> Findings,
    [property: Id(4)] int LineCount,
    [property: Id(5)] BoqSource Source,
    [property: Id(6)] DateTimeOffset? SubmittedAt,
    [property: Id(7)] DateTimeOffset? FiledAt,
    [property: Id(8)] string? FiledBy,
    [property: Id(9)] MaterialCheck? Materials = null,
    [property: Id(10)] VersionReturn? Return = null,
    [property: Id(11)] string? FilingNumber = null,
    [property: Id(12)] Signatories? Signatories = null,
    [property: Id(13)] Signatories? TitlePage = null)
{
    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public static VersionView Of(TenderVersion v) =>
        new(v.Number, v.Status, v.Price, v.Findings, v.Boq.LineCount, v.Source, v.SubmittedAt, v.FiledAt, v.FiledBy, v.Materials, v.Return, v.FilingNumber, v.Signatories, v.Boq.Signatories);
}
