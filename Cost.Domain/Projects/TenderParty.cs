namespace Cost.Domain.Projects;

/// <summary>A party of a tender as the trading platform names it: the tenderee (招标人) or its agency (招标代理机构), with its USCC.</summary>
public sealed record TenderParty(string Name, string CreditCode);
