namespace Omigjen.Web.Features.Lending;

/// <summary>The lending pages' navigation: the initiative and which page is shown.</summary>
public sealed record LendingNav(string Slug, string InitiativeName, string Current);
