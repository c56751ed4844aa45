namespace Cost.Importers.Bills;

/// <summary>The columns the reader looks for, by their header text.</summary>
internal enum HeaderField
{
    Number,
    Code,
    Name,
    Features,
    Unit,
    Quantity,
    UnitRate,
    Amount,
    Provisional,
    Base,
    Rate,

    /// <summary>其中：安全文明施工费, a column of 表-02 and 表-03.</summary>
    SafetyCivilization,

    /// <summary>其中：规费, a column of 表-02 and 表-03.</summary>
    StatutoryFees,

    /// <summary>A header word with no column the reader uses (金额(元) over two columns, 备注, …).</summary>
    Other,
}
