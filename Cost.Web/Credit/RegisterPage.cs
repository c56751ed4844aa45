using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// The credit register as others read it, page by page — the public API and the trading platform's signed endpoint alike:
/// each firm with its score, grade and public records as of a date (<c>asOf</c>, default today), filtered by name or USCC
/// (<c>q</c>), grade, region and <c>changedSince</c> (yyyy-MM-dd, from 00:00 Beijing time, or an RFC 3339 time).
/// </summary>
public sealed class RegisterPage(CreditQueries queries, CreditOperations credit, GradeScale scale, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    public sealed record Query(string? Q, string? Grade, string? Region, string? ChangedSince, string? AsOf, int? Page, int? PageSize);

    /// <summary>One firm: its standing and public records as of the date, and when its standing last changed.</summary>
    public sealed record FirmLineJson(string CreditCode, string Name, decimal Score, string Grade, DateTimeOffset? ChangedAt,
        ImmutableArray<CreditRecordJson> Records);

    public sealed record RegisterPageJson(ImmutableArray<FirmLineJson> Items, int Total, int Page, int PageSize, DateOnly AsOf);

    /// <summary>The filters of a query, or each bad parameter named.</summary>
    public (RegisterFilter? Filter, DateOnly AsOf, List<ProblemItem> Problems) Read(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<ProblemItem>();
        var grade = string.IsNullOrWhiteSpace(query.Grade) ? null : query.Grade.Trim().ToUpperInvariant();
        if (grade is not null && !scale.Grades.Contains(grade))
        {
            problems.Add(ProblemItem.ForField("grade", $"grade 须为 {string.Join("、", scale.Grades)} 之一。"));
        }

        var region = string.IsNullOrWhiteSpace(query.Region) ? null : query.Region.Trim();
        if (region is not null && (region.Length != 6 || !region.All(char.IsAsciiDigit)))
        {
            problems.Add(ProblemItem.ForField("region", "region 为 6 位行政区划代码（如 610113；610100 为全市）。"));
        }

        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(query.ChangedSince))
        {
            since = CreditOperations.ParseDate(query.ChangedSince) is { } day
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BureauTime.Offset)
                : DateTimeOffset.TryParse(query.ChangedSince, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && query.ChangedSince.Contains('T', StringComparison.Ordinal)
                    ? at
                    : null;
            if (since is null)
            {
                problems.Add(ProblemItem.ForField("changedSince", "changedSince 为 yyyy-MM-dd 或 RFC 3339 时间（如 2026-12-01T08:00:00+08:00）。"));
            }
        }

        var asOf = string.IsNullOrWhiteSpace(query.AsOf) ? BureauTime.Today(clock) : CreditOperations.ParseDate(query.AsOf);
        if (asOf is null)
        {
            problems.Add(ProblemItem.ForField("asOf", "asOf 的格式应为 yyyy-MM-dd。"));
        }

        if (query.Page is < 1)
        {
            problems.Add(ProblemItem.ForField("page", "page 从 1 开始。"));
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            problems.Add(ProblemItem.ForField("pageSize", $"pageSize 须在 1–{MaxPageSize} 之间。"));
        }

        return (problems.Count > 0 ? null : new RegisterFilter(query.Q, grade, region, since), asOf ?? default, problems);
    }

    public async Task<Outcome<RegisterPageJson>> ReadAsync(Query query, CancellationToken cancellationToken = default)
    {
        var (filter, asOf, problems) = Read(query);
        if (filter is null)
        {
            return Outcome.Fail<RegisterPageJson>(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        var (page, size) = (query.Page ?? 1, query.PageSize ?? 50);
        var (entries, total) = await queries.PageAsync(filter, (page - 1) * size, size, cancellationToken);
        var items = ImmutableArray.CreateBuilder<FirmLineJson>(entries.Length);
        foreach (var e in entries)
        {
            if (await credit.StoredAsync(e.CreditCode, cancellationToken) is { } stored)
            {
                var standing = stored.File.StandingOn(asOf, scale);
                items.Add(new FirmLineJson(e.CreditCode, e.Name, standing.Score, standing.Grade, e.ChangedAt,
                    [.. stored.File.PublicRecordsOn(asOf).Select(r => CreditRecordJson.ForPublic(r, asOf))]));
            }
        }

        return Outcome.Ok(new RegisterPageJson(items.ToImmutable(), total, page, size, asOf));
    }
}
