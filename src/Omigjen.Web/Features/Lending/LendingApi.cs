namespace Omigjen.Web.Features.Lending;

/// <summary>Open data on lending under <c>/api/v1/lending</c>.</summary>
public static class LendingApi
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints) => endpoints;
}
