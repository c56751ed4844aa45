namespace Cost.Domain.Pricing;

/// <summary>The codes ("general", "simple") and Chinese names of <see cref="TaxMethod"/>.</summary>
public static class TaxMethodCodes
{
    public static string Code(TaxMethod method) => method == TaxMethod.Simple ? "simple" : "general";

    public static string Name(TaxMethod method) => method == TaxMethod.Simple ? "简易计税" : "一般计税";

    /// <summary>Reads "general" or "simple" exactly; anything else is false.</summary>
    public static bool TryParse(string? code, out TaxMethod method)
    {
        method = code == "simple" ? TaxMethod.Simple : TaxMethod.General;
        return code is "general" or "simple";
    }
}
