namespace Cost.Domain.PriceIndices;

/// <summary>An h-step forecast with its 95 % interval.</summary>
public sealed record ForecastPoint(int Step, double Mean, double Low, double High);
