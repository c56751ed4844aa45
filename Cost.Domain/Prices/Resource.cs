namespace Cost.Domain.Prices;

/// <summary>
/// A catalogued resource (人材机, GB/T 50851 style): 8-digit code, name, spec (规格型号), unit,
/// category (人工, 钢材, 水泥, …) and its VAT rate as a fraction (0.13, 0.09, 0.03 simple levy …).
/// </summary>
public sealed record Resource(string Code, string Name, string Spec, string Unit, string Category, decimal VatRate);
