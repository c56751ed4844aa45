namespace Cost.Domain.Prices;

/// <summary>The flags a draft information price carries to the review page (contract: "flags").</summary>
public static class DraftFlags
{
    /// <summary>Fewer than the minimum observations remained: the last published price is carried forward.</summary>
    public const string Carried = "carried";

    /// <summary>Fewer than the minimum observations and no earlier price: nothing can be published.</summary>
    public const string Withheld = "withheld";

    /// <summary>The price moved by more than the method's flag percentage against the last published price.</summary>
    public const string ChangeOverLimit = "change-over-10pct";
}
