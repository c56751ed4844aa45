namespace Cost.Web.Prices;

/// <summary>POST …/publish: series published in this revision (carried ones included), carried from the previous month, and withheld.</summary>
public sealed record PublicationJson(int Published, int Carried, int Withheld);
