namespace Cost.Contracts;

/// <summary>Builds <see cref="GrainResult{T}"/>s.</summary>
public static class GrainResult
{
    public static GrainResult<T> Done<T>(T value)
        where T : notnull => new(CommandOutcome.Done, value, null);

    public static GrainResult<T> NotFound<T>(string message)
        where T : notnull => new(CommandOutcome.NotFound, default, message);

    public static GrainResult<T> Conflict<T>(string message, string? problem = null)
        where T : notnull => new(CommandOutcome.Conflict, default, message, problem);
}
