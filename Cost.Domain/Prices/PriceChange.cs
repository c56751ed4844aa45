namespace Cost.Domain.Prices;

/// <summary>A line of a correction notice: a series whose published price changed between revisions (null: absent).</summary>
public sealed record PriceChange(string ResourceCode, string Spec, string Name, decimal? Before, decimal? After, string? Reason);
