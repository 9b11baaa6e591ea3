namespace Omigjen.Web.Features.Initiatives;

/// <summary>A text in bokmål with an optional English version; English falls back to bokmål.</summary>
public sealed class LocalizedText
{
    public string Nb { get; set; } = "";
    public string? En { get; set; }

    public string For(bool english) => english && !string.IsNullOrWhiteSpace(En) ? En : Nb;

    /// <summary>The lang attribute for <see cref="For"/>'s text: "nb" when an English page falls back to bokmål.</summary>
    public string? LangFor(bool english) => english && string.IsNullOrWhiteSpace(En) ? "nb" : null;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Nb) && string.IsNullOrWhiteSpace(En);

    public static LocalizedText Of(string? nb, string? en = null) => new() { Nb = nb ?? "", En = en };
}
