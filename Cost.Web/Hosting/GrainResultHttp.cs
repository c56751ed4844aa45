using Cost.Contracts;

namespace Cost.Web.Hosting;

/// <summary>The one translation of a grain's answer to HTTP: done → the success status, not found → 404, refused → 409.</summary>
public static class GrainResultHttp
{
    /// <summary>The status code <paramref name="outcome"/> answers; <paramref name="okStatus"/> when the command is done (200 or 201).</summary>
    public static int Status(CommandOutcome outcome, int okStatus = StatusCodes.Status200OK) => outcome switch
    {
        CommandOutcome.Done => okStatus,
        CommandOutcome.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The grain's value with <paramref name="okStatus"/>, or its refusal with 404 or 409, its kind and the grain's Chinese message as detail.</summary>
    public static Outcome<T> ToOutcome<T>(this GrainResult<T> result, int okStatus = StatusCodes.Status200OK)
        where T : notnull =>
        result.IsDone
            ? Outcome.Ok(result.Value!, okStatus)
            : new Outcome<T>(default, Status(result.Outcome), result.Message!, [], result.Problem is { } slug ? Problems.Find(slug) : null);
}
