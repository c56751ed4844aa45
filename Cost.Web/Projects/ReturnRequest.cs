namespace Cost.Web.Projects;

/// <summary>POST /api/projects/{tenderCode}/return: why the bureau sends the submitted version back (at least 5 characters).</summary>
public sealed record ReturnRequest(string? Reason);
