namespace Omigjen.OpeningHours;

/// <summary>A holiday on one date, named in Norwegian bokmål and English.</summary>
/// <remarks>When two holidays fall on the same date the names are joined with " / ".</remarks>
public sealed record Holiday(DateOnly Date, string NameNb, string NameEn);
