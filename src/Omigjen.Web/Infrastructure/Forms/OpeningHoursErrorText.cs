using Omigjen.OpeningHours;

namespace Omigjen.Web.Infrastructure.Forms;

/// <summary>The message for opening hours that cannot be read, as the hours editor and the lending type's staffed slots show it.</summary>
public static class OpeningHoursErrorText
{
    /// <summary>
    /// "{field}: {what is wrong} Feilen står her: «…»." — the text from the error's position, so the place is found
    /// without counting characters; at the end of the value, that something is missing.
    /// </summary>
    public static (string Nb, string En) For(string fieldNb, string fieldEn, string value, ParseError error)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(error);
        var at = Math.Clamp(error.Position, 0, value.Length);
        var near = value[at..Math.Min(value.Length, at + 12)];
        return ($"{fieldNb}: {error.MessageNb} {(near.Length > 0 ? $"Feilen står her: «{near}»." : "Det mangler noe på slutten.")}",
            $"{fieldEn}: {error.MessageEn} {(near.Length > 0 ? $"The error is here: «{near}»." : "Something is missing at the end.")}");
    }
}
