namespace Omigjen.Web.Features.Lending;

/// <summary>Typed text as the lending tables keep it.</summary>
internal static class LendingInput
{
    /// <summary>The size as a <see cref="LendingUnit.LabelKey"/>; null for any size.</summary>
    public static string? LabelKeyOrNull(string? label) => string.IsNullOrWhiteSpace(label) ? null : LendingUnit.KeyOf(label);

    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
