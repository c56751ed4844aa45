using Cost.Contracts;

namespace Cost.Web.Complaints;

/// <summary>GET /api/projects/{tenderCode}/complaints: the project's complaints and their reviews.</summary>
public sealed record ComplaintListJson(IReadOnlyList<ComplaintView> Items);
