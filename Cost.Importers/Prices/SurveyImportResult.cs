using System.Collections.Immutable;
using Cost.Domain.Prices;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// What <see cref="SurveyReader"/> makes of an upload: the accepted observations (in the catalogue's
/// units) and the rejected rows; or, when the file cannot be read as a survey at all, a refusal
/// (<see cref="Refusal"/> non-empty, nothing accepted) so that nothing of it is stored.
/// </summary>
public sealed record SurveyImportResult(
    ImmutableArray<PriceObservation> Accepted,
    ImmutableArray<SurveyRejection> Rejected,
    ImmutableArray<ImportProblem> Refusal)
{
    public bool IsRefused => !Refusal.IsEmpty;

    internal static SurveyImportResult Refused(string message) =>
        new([], [], [new ImportProblem(null, null, null, message)]);

    internal static SurveyImportResult Refused(ImmutableArray<ImportProblem> problems) => new([], [], problems);
}
