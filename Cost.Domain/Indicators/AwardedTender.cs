namespace Cost.Domain.Indicators;

/// <summary>An award as the tender price index reads it: the tender's project type, the month it was awarded and the award ÷ the filed ceiling price.</summary>
public sealed record AwardedTender(string ProjectType, YearMonth Month, double Ratio);
