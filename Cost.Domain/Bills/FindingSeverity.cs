namespace Cost.Domain.Bills;

/// <summary>Errors block filing; warnings do not (DESIGN.md, "Reading a BoQ workbook").</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}
