namespace Cost.Domain.Materials;

/// <summary>What the check made of one main-materials row.</summary>
public enum MaterialStatus
{
    /// <summary>A catalogued material whose stated price lies within the band around the 信息价.</summary>
    Within,

    /// <summary>A catalogued material whose stated price lies outside the band: a warning.</summary>
    Deviating,

    /// <summary>A catalogued material whose series has no published price in the month (or no price is stated).</summary>
    NoPrice,

    /// <summary>A row the resource catalogue does not know (by code, nor by name, spec and unit).</summary>
    Unmatched,

    /// <summary>Labour (人工): listed, not compared.</summary>
    Labour,

    /// <summary>Machinery (机械台班): listed, not compared.</summary>
    Machinery,
}
