namespace Cost.Importers.Exports;

/// <summary>
/// Text written into exported spreadsheets: a cell that begins with =, +, -, @, tab or carriage
/// return would be taken as a formula by spreadsheet programs (formula injection, OWASP), so it gets a
/// leading apostrophe.
/// </summary>
public static class SafeText
{
    public static string Of(string? text) =>
        string.IsNullOrEmpty(text) || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? text ?? "" : "'" + text;
}
