namespace Cost.Domain.Projects;

/// <summary>The bureau sent a submitted version back to the compiling firm: why (in the clerk's words), who and when.</summary>
public sealed record VersionReturn(string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);
