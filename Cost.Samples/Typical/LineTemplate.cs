using Cost.Domain.Bills;

namespace Cost.Samples.Typical;

/// <summary>
/// A line of a typical bill: code, name, features and unit as a pricing program exports them, the
/// quantity per m² of building area (per m² of road for roads; 0 for a line priced once per tender)
/// and a 2026 Xi'an all-in unit rate in yuan.
/// </summary>
public sealed record LineTemplate(string Code, string Name, string Features, string Unit, decimal PerM2, decimal Rate)
{
    /// <summary>True for a line of a unit-priced measures chapter (脚手架, 模板, 垂直运输, 大型机械).</summary>
    public bool IsMeasure => ItemCode.HasMeasuresPrefix(Code);

    /// <summary>True for a line counted in whole pieces (台次, 座, 套…), whose quantity is rounded to a whole number.</summary>
    public bool IsCounted => Unit is "台次" or "座" or "套" or "台" or "个" or "组" or "项";
}
