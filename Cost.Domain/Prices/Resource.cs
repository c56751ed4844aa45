namespace Cost.Domain.Prices;

/// <summary>
/// A catalogued resource (人材机, GB/T 50851 style): 8-digit code, name, spec (规格型号), unit,
/// category (人工, 钢材, 水泥, …), its VAT rate as a fraction (0.13, 0.09, 0.03 simple levy …) and its price
/// basis (价格口径: 到场价 delivered to site with transport, 出厂价 ex works, 出圃价 ex nursery; null for labour
/// and machinery, which have none).
/// </summary>
public sealed record Resource(string Code, string Name, string Spec, string Unit, string Category, decimal VatRate, string? PriceBasis = null);
