using Cost.Domain.Credit;

namespace Cost.Importers.Firms;

/// <summary>A firm read from a roster row.</summary>
public sealed record RosterFirm(int Row, FirmDetails Firm);
