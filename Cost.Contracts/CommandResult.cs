namespace Cost.Contracts;

/// <summary>
/// What a grain command did: the project as it now is, or why nothing changed.
/// <see cref="Outcome"/> tells the web layer which status code to answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.CommandResult")]
public sealed record CommandResult(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] ProjectView? Project,
    [property: Id(2)] string? Message)
{
    public static CommandResult Done(ProjectView project) => new(CommandOutcome.Done, project, null);

    public static CommandResult NotFound(string message) => new(CommandOutcome.NotFound, null, message);

    public static CommandResult Conflict(string message) => new(CommandOutcome.Conflict, null, message);
}

[GenerateSerializer, Alias("Cost.CommandOutcome")]
public enum CommandOutcome
{
    Done,
    NotFound,
    Conflict,
}
