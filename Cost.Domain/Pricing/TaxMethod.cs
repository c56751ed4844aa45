namespace Cost.Domain.Pricing;

/// <summary>
/// How a tender charges VAT (Caishui [2016] 36): 一般计税法 on the tax-exclusive price at the general
/// rate, or 简易计税法 at the levy rate. The tender chooses it at registration; the rule set gives the rate.
/// Written "general" / "simple" in files and the API.
/// </summary>
public enum TaxMethod
{
    /// <summary>一般计税法.</summary>
    General,

    /// <summary>简易计税法.</summary>
    Simple,
}
