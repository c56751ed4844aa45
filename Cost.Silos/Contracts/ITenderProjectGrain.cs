using Cost.Domain.Projects;

namespace Cost.Silos.Contracts;

/// <summary>
/// One tender project (key: <see cref="GrainKeys.Tender"/>): its bill, ceiling price, status and
/// versions. Every change is priced by the domain and written through to the store before it answers.
/// </summary>
[Alias("Cost.ITenderProjectGrain")]
public interface ITenderProjectGrain : IGrainWithStringKey
{
    /// <summary>The project without its bills, or null when the tender code is unknown.</summary>
    [Alias("Describe")]
    Task<ProjectView?> Describe();

    [Alias("Create")]
    Task<CommandResult> Create(TenderInfo info);

    /// <summary>A new bill becomes a new draft version.</summary>
    [Alias("UploadBoq")]
    Task<CommandResult> UploadBoq(BoqUpload upload);

    [Alias("Submit")]
    Task<CommandResult> Submit();

    [Alias("File")]
    Task<CommandResult> File(string filedBy);
}
