namespace Cost.Domain.Indicators;

/// <summary>
/// One cell of the filed unit-rate histogram: priced lines of a 9-digit item code and unit in tenders of a
/// project type whose unit rate, brought to the index base period (see <see cref="FiledUnitRates.Cells"/>),
/// falls in <see cref="Bucket"/>, and how many lines fall there (negative when a cell is taken away).
/// </summary>
public sealed record RateCell(string Code, string Unit, string ProjectType, int Bucket, long Lines);
