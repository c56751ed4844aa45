using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Materials;

namespace Cost.Importers.Bills;

/// <summary>
/// What <see cref="BoqWorkbookReader"/> makes of a workbook: either a bill with its findings, or a
/// refusal (<see cref="Refusal"/> non-empty and <see cref="Boq"/> null) when the file cannot be read
/// as a BoQ at all. <see cref="Materials"/>: the rows of the bill's main-materials tables (none when it has none).
/// </summary>
public sealed record BoqImportResult(Boq? Boq, ImmutableArray<BoqFinding> Findings, ImmutableArray<ImportProblem> Refusal,
    ImmutableArray<MaterialRow> Materials)
{
    public bool IsRefused => Boq is null;

    internal static BoqImportResult Refused(params ImportProblem[] problems) => new(null, [], [.. problems], []);
}
