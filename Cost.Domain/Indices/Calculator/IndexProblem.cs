namespace Cost.Domain.Indices;

/// <summary>One problem of a refused calculation: the request field (e.g. <c>observations[3].price</c>) and a Chinese message.</summary>
public sealed record IndexProblem(string Field, string Message);
