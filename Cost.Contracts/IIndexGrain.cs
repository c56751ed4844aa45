using Cost.Domain;

namespace Cost.Contracts;

/// <summary>
/// The published cost indices of one region (key: <see cref="GrainKeys.Indices"/>). The period grain
/// tells it when a month's prices are published; it computes that month's indices and those of later
/// months whose chained or year-on-year values (or, for the base month, all values) depend on it.
/// One call at a time per region, so that recomputations never interleave.
/// </summary>
[Alias("Cost.IIndexGrain")]
public interface IIndexGrain : IGrainWithStringKey
{
    /// <summary>Computes and stores the indices of <paramref name="period"/> (and its dependants); returns how many months were stored.</summary>
    [Alias("Published")]
    Task<int> Published(YearMonth period, int priceRevision);
}
