namespace Cost.Importers.Bills;

/// <summary>
/// The values of one worksheet as read from the file: rows in sheet order, each with its non-empty
/// cells. Numeric cells keep both the raw text of the file and the number (the cached value for
/// formula cells), so that a code stored as a number can be restored.
/// </summary>
internal sealed class SheetGrid(string name, IReadOnlyList<GridRow> rows)
{
    public string Name { get; } = name;

    public IReadOnlyList<GridRow> Rows { get; } = rows;
}

/// <summary>One spreadsheet row: its 1-based number and its non-empty cells, by column.</summary>
internal sealed class GridRow(int number, GridCell[] cells)
{
    public int Number { get; } = number;

    public GridCell[] Cells { get; } = cells;

    /// <summary>The cell in a 1-based column, or an empty cell.</summary>
    public GridCell this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column)
                {
                    return cell;
                }
            }

            return new GridCell(column, string.Empty, null);
        }
    }

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c.Text));
}

/// <summary>A cell: its text as stored, and its number when the cell is numeric.</summary>
internal readonly record struct GridCell(int Column, string Text, decimal? Number)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
