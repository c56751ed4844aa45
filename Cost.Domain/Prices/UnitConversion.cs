namespace Cost.Domain.Prices;

/// <summary>
/// 1 <paramref name="From"/> = <paramref name="Factor"/> <paramref name="To"/> (kg → t: 0.001). A
/// quantity is multiplied by the factor, a unit price divided by it. With a
/// <paramref name="ResourcePrefix"/> the conversion applies only to resource codes starting with it
/// (sand sold by the tonne: t → m3 is a property of the material, not of the units).
/// </summary>
public sealed record UnitConversion(string From, string To, decimal Factor, string? ResourcePrefix = null);
