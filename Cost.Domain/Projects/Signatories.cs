namespace Cost.Domain.Projects;

/// <summary>The 编制人 (compiler) and 复核人 (reviewer) of a ceiling price; either may be missing.</summary>
public sealed record Signatories(Signatory? Compiler, Signatory? Reviewer)
{
    public static readonly Signatories None = new(null, null);

    public bool IsEmpty => Compiler is null && Reviewer is null;

    /// <summary>Each person given in <paramref name="over"/> replaces the one here (what a submission states over what the workbook does).</summary>
    public Signatories With(Signatories? over) =>
        over is null ? this : new(over.Compiler ?? Compiler, over.Reviewer ?? Reviewer);
}
