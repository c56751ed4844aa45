namespace Cost.Contracts;

/// <summary>How a grain command ended; the web layer answers 2xx, 404 or 409 from it.</summary>
[GenerateSerializer, Alias("Cost.CommandOutcome")]
public enum CommandOutcome
{
    Done,
    NotFound,
    Conflict,
}
