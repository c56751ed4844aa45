using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Hosting;

// What an operation did, for both the JSON API and the pages: a value, or a status code with the
// Chinese detail of the occurrence, the located problems and, when it is not the status's generic
// one, the kind of problem (docs/problems.md).
// Plain comments, not XML documentation: the OpenAPI XML-comment generator of
// Microsoft.AspNetCore.OpenApi 10.0.0 emits one cache entry per constructed generic type
// (Outcome<ProjectView>, Outcome<BoqUpload>, …) under the same id and /openapi/v1.json fails
// with "An item with the same key has already been added" (dotnet/aspnetcore#64378).
public sealed record Outcome<T>(T? Value, int Status, string? Detail, ImmutableArray<ProblemItem> Problems, ProblemKind? Kind = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    // What a page says of a refusal: the detail, then each problem's message.
    public string Explain() => string.Join(" ", Problems.Select(p => p.Message).Prepend(Detail));

    // The HTTP answer: ok on success, problem+json otherwise.
    public Results<TOk, ProblemHttpResult> ToResult<TOk>(Func<T, TOk> ok)
        where TOk : IResult => Succeeded ? ok(Value!) : Problem();

    // The refusal as problem+json: its kind, Chinese detail and located problems.
    public ProblemHttpResult Problem() => Outcome.Problem(Status, Detail!, Problems, Kind);

    // The same refusal for an operation that answers another type.
    public Outcome<TOther> Refusal<TOther>() =>
        Succeeded ? throw new InvalidOperationException("A success is no refusal.") : new(default, Status, Detail, Problems, Kind);
}

/// <summary>Builds outcomes and problem+json answers.</summary>
public static class Outcome
{
    public static Outcome<T> Ok<T>(T value, int status = StatusCodes.Status200OK) => new(value, status, null, []);

    public static Outcome<T> Fail<T>(int status, string detail, params IEnumerable<ProblemItem> problems) => new(default, status, detail, [.. problems]);

    /// <summary>
    /// problem+json of <paramref name="kind"/> (by default the generic kind of <paramref name="status"/>): its type and
    /// fixed title, the occurrence as detail, and the contract's <c>errors: [{ sheet, row, column, field, message }]</c>.
    /// </summary>
    public static ProblemHttpResult Problem(int status, string detail, IReadOnlyCollection<ProblemItem> problems, ProblemKind? kind = null)
    {
        var details = Problems.Details(kind ?? Problems.ForStatus(status), detail, problems);
        details.Status = status;
        return TypedResults.Problem(details);
    }
}
