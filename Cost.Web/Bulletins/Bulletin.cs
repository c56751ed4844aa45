using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain;

namespace Cost.Web.Bulletins;

/// <summary>
/// A printed bulletin: a cover (title, subtitle, issue, issuer, date), notes (说明), and sections of tables.
/// <see cref="Issue"/> (期号 and revision, e.g. "2026年第10期（第 2 次修订）") is printed on every page with the
/// page number, so a single page torn from the bulletin still says which issue it belongs to.
/// <see cref="IssuedAt"/> dates the file itself, so the same publication is the same bytes every time it is downloaded.
/// <see cref="QrText"/>: printed as a QR code on the cover with the text under it (a receipt's verify address), or nothing.
/// </summary>
public sealed record Bulletin(
    string Title,
    string Subtitle,
    string Issue,
    string Issuer,
    DateTimeOffset IssuedAt,
    string IssuedOn,
    ImmutableArray<string> Notes,
    ImmutableArray<BulletinSection> Sections,
    string? QrText = null)
{
    /// <summary>The issue number (期号) of a monthly bulletin: one issue a month, numbered by its month ("2026年第10期").</summary>
    public static string IssueNumber(YearMonth period) => string.Create(CultureInfo.InvariantCulture, $"{period.Year}年第{period.Month}期");
}
