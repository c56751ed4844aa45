using System.Collections.Immutable;

namespace Cost.Web.Bulletins;

/// <summary>
/// A printed bulletin: a cover (title, subtitle, issuer, date), notes, and sections of tables.
/// Numeric columns are right-aligned. <see cref="IssuedAt"/> dates the file itself, so the same
/// publication is the same bytes every time it is downloaded.
/// </summary>
public sealed record Bulletin(
    string Title,
    string Subtitle,
    string Issuer,
    DateTimeOffset IssuedAt,
    string IssuedOn,
    ImmutableArray<string> Notes,
    ImmutableArray<BulletinSection> Sections);

/// <summary>One table of a bulletin under its heading (e.g. one resource category).</summary>
public sealed record BulletinSection(string Heading, ImmutableArray<BulletinColumn> Columns, ImmutableArray<ImmutableArray<string>> Rows);

/// <summary>A column: header text, relative width and whether it holds numbers.</summary>
public sealed record BulletinColumn(string Header, double Width, bool Numeric = false);
