namespace Cost.Importers.Bills;

/// <summary>
/// One printed page of a table: from its title row to the row before the next title (or the end of
/// the sheet). <see cref="UnitName"/> comes from the page's 工程名称 line.
/// </summary>
internal sealed record TablePage(SheetGrid Sheet, TableKind Kind, string UnitName, int FirstRowIndex, int EndRowIndex)
{
    /// <summary>The page's rows after its title, in order (indexes into <see cref="SheetGrid.Rows"/>).</summary>
    public IEnumerable<GridRow> Rows
    {
        get
        {
            for (var i = FirstRowIndex; i < EndRowIndex; i++)
            {
                yield return Sheet.Rows[i];
            }
        }
    }

    /// <summary>True for the tables of one unit work's bill (表-04/08/11/12/13), named by its 工程名称 line.</summary>
    public bool IsUnitTable => Kind is TableKind.Summary or TableKind.MeasuredWorks or TableKind.LumpSumMeasures
        or TableKind.OtherItems or TableKind.FeesAndTax;

    public string Label => Kind switch
    {
        TableKind.ProjectSummary => "表-02",
        TableKind.SingleWorkSummary => "表-03",
        TableKind.Summary => "表-04",
        TableKind.MeasuredWorks => "表-08",
        TableKind.LumpSumMeasures => "表-11",
        TableKind.OtherItems => "表-12",
        TableKind.MainMaterials => "主要材料表",
        _ => "表-13",
    };
}
