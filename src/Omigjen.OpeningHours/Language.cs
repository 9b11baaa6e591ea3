namespace Omigjen.OpeningHours;

/// <summary>Language of rendered texts: Norwegian bokmål or English.</summary>
public enum Language
{
    Nb,
    En,
}
