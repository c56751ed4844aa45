namespace Cost.Contracts;

/// <summary>
/// What a grain command did: <see cref="Outcome"/> with the value as it now is, or, when nothing
/// changed, the reason in Chinese (<see cref="Message"/>) for the person who asked and, when a
/// program must tell it apart from other refusals, its kind (<see cref="Problem"/>, one of <see cref="ProblemSlugs"/>).
/// </summary>
/// <typeparam name="T">The payload of a command that is done: a project, a complaint, a period, stored JSON.</typeparam>
[GenerateSerializer, Immutable, Alias("Cost.GrainResult`1")]
public sealed record GrainResult<T>(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Message,
    [property: Id(3)] string? Problem = null)
    where T : notnull
{
    public bool IsDone => Outcome == CommandOutcome.Done;
}
