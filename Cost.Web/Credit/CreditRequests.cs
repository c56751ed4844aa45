using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// Reads what the bureau and firms send about a credit record — a new record, a decision, a statement or repair
/// application — the same way for a firm's file and an engineer's: the command, or every problem naming its field.
/// </summary>
public static class CreditRequests
{
    /// <summary>A record the bureau proposes under a rule of <paramref name="rules"/>.</summary>
    public static (CreditEntry? Entry, ImmutableArray<ProblemItem> Problems) Entry(AddRecordRequest request, CreditRuleCatalogue rules, string by)
    {
        var problems = ImmutableArray.CreateBuilder<ProblemItem>();
        if (rules.Find(request.RuleCode) is null)
        {
            problems.Add(ProblemItem.ForField("ruleCode", $"诚信规则“{request.RuleCode}”不存在，可选：{string.Join("、", rules.All.Select(r => r.Code))}。"));
        }

        var occurred = CreditOperations.ParseDate(request.OccurredOn);
        if (occurred is null)
        {
            problems.Add(ProblemItem.ForField("occurredOn", "发生日期必填，格式 yyyy-MM-dd。"));
        }

        var published = CreditOperations.ParseDate(request.PublishedOn);
        if (!string.IsNullOrWhiteSpace(request.PublishedOn) && published is null)
        {
            problems.Add(ProblemItem.ForField("publishedOn", "公布日期格式应为 yyyy-MM-dd。"));
        }

        return problems.Count > 0
            ? (null, problems.ToImmutable())
            : (new CreditEntry(rules.Find(request.RuleCode)!.Code, occurred!.Value, published, Trimmed(request.Evidence), Trimmed(request.Note), by), []);
    }

    /// <summary>The bureau's decision on record <paramref name="recordNo"/>: confirm, amend (to a rule of <paramref name="rules"/>) or drop, with a reason.</summary>
    public static (CreditDecisionCommand? Command, ImmutableArray<ProblemItem> Problems) Decision(
        RecordDecisionRequest request, int recordNo, CreditRuleCatalogue rules, string by)
    {
        var problems = ImmutableArray.CreateBuilder<ProblemItem>();
        var decision = request.Decision?.Trim() switch
        {
            "confirm" => CreditDecision.Confirm,
            "amend" => CreditDecision.Amend,
            "drop" => CreditDecision.Drop,
            _ => (CreditDecision?)null,
        };
        if (decision is null)
        {
            problems.Add(ProblemItem.ForField("decision", "决定须为 confirm（确认）、amend（变更）或 drop（不予记录）。"));
        }

        if (decision == CreditDecision.Amend && rules.Find(request.RuleCode) is null)
        {
            problems.Add(ProblemItem.ForField("ruleCode", $"变更须指定诚信规则，可选：{string.Join("、", rules.All.Select(r => r.Code))}。"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(ProblemItem.ForField("reason", "决定理由必填。"));
        }

        return problems.Count > 0
            ? (null, problems.ToImmutable())
            : (new CreditDecisionCommand(recordNo, decision!.Value, rules.Find(request.RuleCode)?.Code, Trimmed(request.Note), request.Reason!.Trim(), by), []);
    }

    /// <summary>A statement or repair application: its text (in <paramref name="textField"/>) and files, or why not, naming each.</summary>
    public static async Task<(ImmutableArray<CreditUpload> Files, ImmutableArray<ProblemItem> Problems)> SubmissionAsync(
        string? text, string textField, string what, IFormFileCollection? files, CancellationToken cancellationToken)
    {
        var (uploads, problems) = await CreditUploads.ReadAsync(files, cancellationToken);
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > CreditFile.MaxTextLength)
        {
            problems = problems.Insert(0, ProblemItem.ForField(textField, $"{what}的内容必填，不超过 {CreditFile.MaxTextLength} 字。"));
        }

        return (uploads, problems);
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
