using Cost.Domain;

namespace Cost.Silos.ReadModels;

/// <summary>A winning bid the platform recorded: its price in yuan and the month (bureau time) it was awarded.</summary>
public sealed record RecordedAward(decimal Price, YearMonth Month);
