namespace Cost.Web.Hosting;

/// <summary>
/// One kind of problem (RFC 9457): a stable <see cref="Type"/> URI a program can switch on, the HTTP
/// status and a fixed Chinese title; the occurrence goes in <c>detail</c> (docs/problems.md).
/// </summary>
public sealed record ProblemKind(string Slug, int Status, string Title)
{
    public string Type => Problems.BaseUri + Slug;
}
