namespace Omigjen.Web.Features.Lending;

/// <summary>One bookable thing of a type, with its own size or label ("150 cm") and state.</summary>
public sealed class LendingUnit
{
    public int Id { get; set; }
    public int TypeId { get; set; }
    public LendingType? Type { get; set; }

    /// <summary>Size or label as the staff writes it ("150 cm", "Nr. 2").</summary>
    public required string Label { get; set; }

    /// <summary>The label lower-cased without spaces ("150cm"), so "150 cm", "150cm" and "150 CM" find the same units.</summary>
    public required string LabelKey { get; set; }
    public LendingUnitState State { get; set; } = LendingUnitState.Available;

    /// <summary>Why the unit is in maintenance or retired, for the staff.</summary>
    public string? StateNote { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string KeyOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return string.Concat(label.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
    }

    /// <summary>
    /// Whether a unit's label key answers the size asked for: the same key, or for a bare number ("130") that number
    /// with a unit after it ("130cm"), since people type the number and leave the unit out. "13" does not find "130cm".
    /// </summary>
    public static bool SizeMatches(string labelKey, string wantedKey)
    {
        ArgumentNullException.ThrowIfNull(labelKey);
        ArgumentNullException.ThrowIfNull(wantedKey);
        return labelKey == wantedKey
            || (IsBareNumber(wantedKey) && labelKey.Length > wantedKey.Length && labelKey.StartsWith(wantedKey, StringComparison.Ordinal)
                && !NumberCharacters.Contains(labelKey[wantedKey.Length], StringComparison.Ordinal));
    }

    /// <summary>What may continue a number: a further digit or a decimal separator means another number.</summary>
    public const string NumberCharacters = "0123456789.,";

    /// <summary>A key that is only a number ("130", "42,5"): the unit is left for the label to give.</summary>
    public static bool IsBareNumber(string key) =>
        key.Length > 0 && char.IsAsciiDigit(key[0]) && key.All(c => NumberCharacters.Contains(c, StringComparison.Ordinal));
}

public enum LendingUnitState
{
    Available, Maintenance, Retired,
}
