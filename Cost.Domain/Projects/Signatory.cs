namespace Cost.Domain.Projects;

/// <summary>
/// A person who signs a ceiling price: the 编制人 or 复核人 of its 扉页 (GB/T 50500-2013 扉-2). The registration number of
/// the 注册造价工程师 may be missing where the workbook gives only the name; the check against the firm's register fills it in.
/// </summary>
public sealed record Signatory(string Name, string? RegistrationNumber = null)
{
    public override string ToString() => RegistrationNumber is null ? Name : $"{Name}（{RegistrationNumber}）";
}
