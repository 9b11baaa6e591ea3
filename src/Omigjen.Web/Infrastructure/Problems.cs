using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Infrastructure;

/// <summary>RFC 9457 problem details with the message in bokmål and English.</summary>
public static class Problems
{
    public static ProblemHttpResult BadParameters(IReadOnlyList<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors[0];
        return TypedResults.Problem(
            title: "Ugyldig forespørsel / Invalid request",
            detail: $"{first.Parameter}: {first.MessageNb} / {first.MessageEn}",
            statusCode: StatusCodes.Status400BadRequest,
            type: "https://omigjen.no/problems/invalid-parameter",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { parameter = e.Parameter, messageNb = e.MessageNb, messageEn = e.MessageEn }).ToList(),
            });
    }

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        title: "Fant ikke / Not found",
        detail: $"{what} finnes ikke / {what} does not exist",
        statusCode: StatusCodes.Status404NotFound,
        type: "https://omigjen.no/problems/not-found");
}
