namespace Omigjen.Web.Infrastructure;

/// <summary>A bad query parameter: which one, and what is wrong, in bokmål and English.</summary>
public sealed record QueryError(string Parameter, string MessageNb, string MessageEn);
