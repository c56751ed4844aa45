using System.Collections.Immutable;

namespace Cost.Web.Bulletins;

/// <summary>
/// One table of a bulletin under its heading (e.g. one resource category). A cell's text wraps within its
/// column and the row grows; a line feed in a cell starts a new line (one marker per line).
/// </summary>
public sealed record BulletinSection(string Heading, ImmutableArray<BulletinColumn> Columns, ImmutableArray<ImmutableArray<string>> Rows);
