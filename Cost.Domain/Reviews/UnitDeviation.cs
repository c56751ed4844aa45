namespace Cost.Domain.Reviews;

/// <summary>
/// One unit work in a review: the published and the reviewed total (yuan; 0 when the unit work is
/// missing on that side) and the deviation (reviewed − published) / published, null when nothing
/// was published for it.
/// </summary>
public sealed record UnitDeviation(string Name, decimal Published, decimal Reviewed, decimal? Deviation);
