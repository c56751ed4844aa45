using Cost.Silos.ReadModels;

namespace Cost.Web.Projects;

/// <summary>GET /api/projects: the projects the caller may see.</summary>
public sealed record ProjectListJson(IReadOnlyList<ProjectSummary> Items);
