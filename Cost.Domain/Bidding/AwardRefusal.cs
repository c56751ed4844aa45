namespace Cost.Domain.Bidding;

/// <summary>Why an award cannot stand against its tender's bid opening (<see cref="AwardRules"/>).</summary>
public enum AwardRefusal
{
    /// <summary>The tender has no bid opening: nobody can have won it.</summary>
    WithoutOpening,

    /// <summary>The award price is above the ceiling price the opening was checked against.</summary>
    AboveCeiling,

    /// <summary>The winner has no valid bid at the opening at exactly the award price.</summary>
    WinnerNotAValidBid,
}
