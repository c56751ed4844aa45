namespace Cost.Domain.PriceIndices;

/// <summary>One-step back-test: how many months, and the mean absolute percentage errors of Holt and of the naive forecast.</summary>
public sealed record BacktestResult(int Months, double HoltMape, double NaiveMape);
