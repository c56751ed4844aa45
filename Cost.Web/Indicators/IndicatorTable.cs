using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Indicators;

namespace Cost.Web.Indicators;

/// <summary>What the indicator page and API show: how many projects were used, the cells, and the index month when brought to today's prices.</summary>
public sealed record IndicatorTable(int Projects, ImmutableArray<IndicatorCell> Cells, YearMonth? PricedAt);
