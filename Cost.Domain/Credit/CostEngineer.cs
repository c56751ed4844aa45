namespace Cost.Domain.Credit;

/// <summary>A registered cost engineer (注册造价工程师): name and registration number.</summary>
public sealed record CostEngineer(string Name, string RegistrationNumber);
