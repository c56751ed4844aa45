using Cost.Domain.Projects;
using Cost.Web.Credit;
using Cost.Web.Hosting;

namespace Cost.Web.Projects;

/// <summary>
/// POST /api/projects/{tenderCode}/submit, optional body: the 编制人 and 复核人 where the workbook's 扉页 does not name them
/// (or names them wrongly); each one given replaces the 扉页's. A person needs a name; the registration number may be
/// left out when the firm has one engineer of that name.
/// </summary>
public sealed record SubmitRequest(EngineerRequest? Compiler, EngineerRequest? Reviewer)
{
    /// <summary>The people named, or the problems with the fields (a number without a name, a name over 50 characters).</summary>
    public (Signatories? Signatories, List<ProblemItem> Problems) Read()
    {
        var problems = new List<ProblemItem>();
        var compiler = Person(Compiler, "compiler", problems);
        var reviewer = Person(Reviewer, "reviewer", problems);
        return (problems.Count > 0 ? null : new Signatories(compiler, reviewer), problems);
    }

    private static Signatory? Person(EngineerRequest? person, string field, List<ProblemItem> problems)
    {
        var name = person?.Name?.Trim();
        var number = string.IsNullOrWhiteSpace(person?.RegistrationNumber) ? null : person.RegistrationNumber.Trim();
        if (string.IsNullOrEmpty(name))
        {
            if (number is not null)
            {
                problems.Add(ProblemItem.ForField($"{field}.name", "请填写注册造价工程师的姓名。"));
            }

            return null;
        }

        if (name.Length > 50 || number?.Length > 40)
        {
            problems.Add(ProblemItem.ForField(field, "姓名不超过 50 字，注册号不超过 40 个字符。"));
            return null;
        }

        return new Signatory(name, number);
    }
}
