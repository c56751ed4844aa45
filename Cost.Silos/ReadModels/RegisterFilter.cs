namespace Cost.Silos.ReadModels;

/// <summary>
/// Which firms of the register to read: name or USCC containing <see cref="Query"/>, the last computed
/// <see cref="Grade"/>, a <see cref="Region"/> (the 登记管理机关 code in characters 3–8 of the USCC: a county's six digits,
/// or a city's "6101" of "610100"), standing changed at or after <see cref="ChangedSince"/>. Null means any.
/// </summary>
public sealed record RegisterFilter(string? Query = null, string? Grade = null, string? Region = null, DateTimeOffset? ChangedSince = null)
{
    public static readonly RegisterFilter All = new();
}
