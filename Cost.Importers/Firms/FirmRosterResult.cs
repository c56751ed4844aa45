using System.Collections.Immutable;

namespace Cost.Importers.Firms;

/// <summary>
/// What a roster upload gave: the good rows (a firm named twice appears once, as its last row says),
/// the rejected rows, or — when the file cannot be read as a roster at all — <see cref="Refusal"/>.
/// </summary>
public sealed record FirmRosterResult(ImmutableArray<RosterFirm> Firms, ImmutableArray<RosterRejection> Rejected, string? Refusal)
{
    public bool IsRefused => Refusal is not null;
}
