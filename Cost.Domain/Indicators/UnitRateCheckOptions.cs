namespace Cost.Domain.Indicators;

/// <summary>
/// The unit-rate reasonableness check's parameters (data/unit-rate-check.json): at least
/// <see cref="MinimumComparable"/> filed lines of the same 9-digit code and unit; a rate is unusual when
/// below P<see cref="LowPercentile"/> × (1 − <see cref="Margin"/>) or above P<see cref="HighPercentile"/> × (1 + <see cref="Margin"/>).
/// </summary>
public sealed record UnitRateCheckOptions(int MinimumComparable = 5, double LowPercentile = 10, double HighPercentile = 90, double Margin = 0.15)
{
    public static readonly UnitRateCheckOptions Default = new();
}
