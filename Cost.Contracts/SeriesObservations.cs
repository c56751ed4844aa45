using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Contracts;

/// <summary>
/// One series' observations of a month, handed to its grain. Immutable, so a call inside the silo
/// passes it without the deep copy Orleans makes of mutable arguments (a million quotes a month).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.SeriesObservations")]
public sealed record SeriesObservations([property: Id(0)] ImmutableArray<PriceObservation> Items);
