namespace Cost.Web.Projects;

/// <summary>Why, by whom and when the bureau returned a version (退回备案).</summary>
public sealed record ReturnJson(string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);
