namespace Cost.Web.Bulletins;

/// <summary>A column: header text, relative width (the columns share the page's text width in proportion) and whether it holds numbers (right-aligned).</summary>
public sealed record BulletinColumn(string Header, double Width, bool Numeric = false);
