namespace Cost.Domain.Materials;

/// <summary>
/// One row of a bill's main-materials table (承包人提供主要材料和工程设备一览表 表-21, 主要材料价格表 or
/// 人材机汇总表) as the workbook states it. <see cref="Name"/> holds the whole 名称、规格、型号 cell when the
/// table has one combined column, and <see cref="Spec"/> is then empty. <see cref="Sheet"/>, <see cref="Row"/>
/// and <see cref="PriceColumn"/> (a column letter, null when the table has no price column) locate the price
/// cell; <see cref="UnitWork"/> is the 单位工程 the table's 工程名称 line names, when it names one.
/// </summary>
public sealed record MaterialRow(
    string Sheet,
    int Row,
    string? PriceColumn,
    string? UnitWork,
    string? Code,
    string Name,
    string Spec,
    string Unit,
    decimal? Quantity,
    decimal? Price);
