namespace Cost.Web.Credit;

/// <summary>A registered cost engineer in a request.</summary>
public sealed record EngineerRequest(string? Name, string? RegistrationNumber);
