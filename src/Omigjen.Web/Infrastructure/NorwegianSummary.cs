namespace Omigjen.Web.Infrastructure;

/// <summary>
/// An API endpoint's one-line summary in Norwegian, beside the English <c>WithSummary</c> that the OpenAPI document
/// carries; the API page (<c>/api</c>) shows the one for the page's language.
/// </summary>
public sealed record NorwegianSummary(string Text);

public static class NorwegianSummaryExtensions
{
    public static TBuilder WithNorwegianSummary<TBuilder>(this TBuilder builder, string text) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new NorwegianSummary(text));
    }
}
