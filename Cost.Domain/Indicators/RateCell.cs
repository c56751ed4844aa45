namespace Cost.Domain.Indicators;

/// <summary>
/// One cell of the filed unit-rate histogram: priced lines of a 9-digit item code and unit, filed in a month
/// for a project type, whose all-in unit rate falls in <see cref="Bucket"/> (see <see cref="FiledUnitRates.Bucket"/>),
/// and how many lines fall there (negative when a cell is taken away).
/// </summary>
public sealed record RateCell(string Code, string Unit, string ProjectType, YearMonth FiledMonth, int Bucket, long Lines);
