namespace Cost.Tests.Importers.Bills;

/// <summary>Page layouts that pricing software prints and the workbook writer does not.</summary>
internal static class ExportLayouts
{
    /// <summary>
    /// Every printed page of a sheet but the first loses its title row (and, with <paramref name="dropProjectLine"/>,
    /// its 工程名称 line too): the page starts at the repeated header.
    /// </summary>
    public static byte[] HeadersWithoutTitles(byte[] xlsx, bool dropProjectLine) =>
        Workbooks.Edit(xlsx, wb =>
        {
            foreach (var sheet in wb.Worksheets)
            {
                var title = sheet.Cell(1, 1).GetString();
                var repeats = sheet.RowsUsed().Where(r => r.RowNumber() > 1 && r.Cell(1).GetString() == title).ToList();
                foreach (var row in Enumerable.Reverse(repeats))
                {
                    if (dropProjectLine)
                    {
                        sheet.Row(row.RowNumber() + 1).Delete();
                    }

                    row.Delete();
                }
            }
        });
}
