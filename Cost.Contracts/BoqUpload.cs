using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Projects;

namespace Cost.Contracts;

/// <summary>
/// A bill read from a workbook, with its findings and where it came from. Never copied: it is immutable.
/// <see cref="BasedOn"/>: the number of versions the uploader saw, so two uploads at once cannot both land.
/// <see cref="Materials"/>: the bill's main materials against 信息价, null when it has no main-materials table.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.BoqUpload")]
public sealed record BoqUpload(
    [property: Id(0)] Boq Boq,
    [property: Id(1)] ImmutableArray<BoqFinding> Findings,
    [property: Id(2)] BoqSource Source,
    [property: Id(3)] int? BasedOn = null,
    [property: Id(4)] MaterialCheck? Materials = null);
