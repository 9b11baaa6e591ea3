using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Hours;

/// <summary>
/// One weekday in the weekly form: ticked closed, or periods as the time fields send them. Every period row has one
/// From and one To field with the same names, so rows added or removed in the browser need no renumbering.
/// </summary>
public sealed class HoursDayInput
{
    public bool Closed { get; set; }
    [EachStringLength(20), SingleLine] public List<string?> From { get; set; } = [];
    [EachStringLength(20), SingleLine] public List<string?> To { get; set; } = [];

    /// <summary>Rows to show: what was typed, and never fewer than two.</summary>
    public int Rows => Math.Max(2, Math.Max(From.Count, To.Count));

    public string? FromAt(int row) => row < From.Count ? From[row] : null;

    public string? ToAt(int row) => row < To.Count ? To[row] : null;
}

/// <summary>The weekly opening-hours form: filled from a stored value, read back with errors in plain words.</summary>
public static class HoursForm
{
    public const string Weekly = "weekly";
    public const string Advanced = "advanced";

    public static string DayId(int day) => $"d{day}";

    public static string FieldId(int day, int row, bool isFrom) => $"d{day}-p{row}-{(isFrom ? "from" : "to")}";

    /// <summary>Seven days from the weekly value; days without hours are ticked closed when the hours are known.</summary>
    public static List<HoursDayInput> From(WeeklyHours? weekly, bool known)
    {
        var days = new List<HoursDayInput>();
        for (var d = 0; d < 7; d++)
        {
            var day = new HoursDayInput();
            if (weekly is not null && weekly.Days.TryGetValue(HoursText.Week[d], out var ranges) && ranges.Count > 0)
            {
                foreach (var r in ranges)
                {
                    day.From.Add(HoursText.Input(r.Start));
                    day.To.Add(HoursText.Input(r.End));
                }
            }
            else
            {
                day.Closed = known;
            }
            days.Add(day);
        }
        return days;
    }

    /// <summary>
    /// The periods per weekday, or null when something is wrong; then every problem is in <paramref name="errors"/>
    /// with the day and the period it is about. A row left empty is no period; a day without periods is closed.
    /// The rows' fields share their bound names (<c>Days[0].From</c>), so an error's key is its field's element id.
    /// </summary>
    public static Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>? Read(IReadOnlyList<HoursDayInput>? days, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.ErrorCount;
        var result = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        for (var d = 0; d < 7; d++)
        {
            var day = days is not null && d < days.Count ? days[d] : new HoursDayInput { Closed = true };
            var nb = HoursText.WeekdayNb(d);
            var en = HoursText.WeekdayEn(d);
            var periods = new List<(int Row, TimeRange Range)>();
            var typed = false;
            for (var row = 0; row < Math.Max(day.From.Count, day.To.Count); row++)
            {
                var fromText = day.FromAt(row)?.Trim();
                var toText = day.ToAt(row)?.Trim();
                if (string.IsNullOrEmpty(fromText) && string.IsNullOrEmpty(toText)) continue;
                typed = true;
                if (day.Closed) continue;
                var n = row + 1;
                var fromId = FieldId(d, row, true);
                var toId = FieldId(d, row, false);
                if (string.IsNullOrEmpty(fromText))
                {
                    Add(errors, fromId, $"{nb}, periode {n}: «Fra» mangler.", $"{en}, period {n}: “From” is missing.");
                    continue;
                }
                if (string.IsNullOrEmpty(toText))
                {
                    Add(errors, toId, $"{nb}, periode {n}: «Til» mangler.", $"{en}, period {n}: “To” is missing.");
                    continue;
                }
                if (!HoursText.TryParseTime(fromText, false, out var start))
                {
                    Add(errors, fromId, $"{nb}, periode {n}: «Fra» er ikke et gyldig klokkeslett. Skriv for eksempel 10:00.",
                        $"{en}, period {n}: “From” is not a valid time. Write for example 10:00.");
                    continue;
                }
                if (!HoursText.TryParseTime(toText, true, out var end))
                {
                    Add(errors, toId, $"{nb}, periode {n}: «Til» er ikke et gyldig klokkeslett. Skriv for eksempel 17:00.",
                        $"{en}, period {n}: “To” is not a valid time. Write for example 17:00.");
                    continue;
                }
                if (end != TimeOnly.MinValue && end <= start)
                {
                    Add(errors, toId,
                        $"{nb}, periode {n}: slutter ({HoursText.Input(end)}) før eller når den starter ({HoursText.Input(start)}). Til 00:00 betyr midnatt.",
                        $"{en}, period {n}: ends ({HoursText.Input(end)}) before or when it starts ({HoursText.Input(start)}). To 00:00 means midnight.");
                    continue;
                }
                periods.Add((row, new TimeRange(start, end)));
            }
            if (day.Closed && typed)
            {
                Add(errors, DayClosedId(d),
                    $"{nb}: er krysset av som «Stengt», men har også tider. Fjern krysset eller tidene.",
                    $"{en}: is ticked “Closed” but also has times. Remove the tick or the times.");
                continue;
            }

            var sorted = periods.OrderBy(p => p.Range.Start).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                var a = sorted[i - 1];
                var b = sorted[i];
                if (Minutes(a.Range.End, true) > Minutes(b.Range.Start, false))
                {
                    var (first, second) = a.Row < b.Row ? (a, b) : (b, a);
                    Add(errors, FieldId(d, second.Row, true),
                        $"{nb}: periode {first.Row + 1} ({HoursText.Input(first.Range.Start)}–{Clock(first.Range.End)}) og periode {second.Row + 1} ({HoursText.Input(second.Range.Start)}–{Clock(second.Range.End)}) overlapper. Rett tidene eller slå dem sammen.",
                        $"{en}: period {first.Row + 1} ({HoursText.Input(first.Range.Start)}–{Clock(first.Range.End)}) and period {second.Row + 1} ({HoursText.Input(second.Range.Start)}–{Clock(second.Range.End)}) overlap. Fix the times or join them.");
                }
            }
            if (sorted.Count > 0) result[HoursText.Week[d]] = sorted.Select(p => p.Range).ToList();
        }
        return errors.ErrorCount > before ? null : result;
    }

    public static string DayClosedId(int day) => $"d{day}-closed";

    /// <summary>The errors that belong to one day of the form (their field ids start with the day's id).</summary>
    public static IEnumerable<FormError> ErrorsFor(ModelStateDictionary errors, int day) =>
        errors.Summary().All.Where(e => e.Field.StartsWith(DayId(day) + "-", StringComparison.Ordinal));

    /// <summary>Adds a message on the field with element id <paramref name="fieldId"/>, which is also its key.</summary>
    public static void Add(ModelStateDictionary errors, string fieldId, string nb, string en) => errors.AddError(fieldId, fieldId, nb, en);

    private static int Minutes(TimeOnly t, bool isEnd) => isEnd && t == TimeOnly.MinValue ? 24 * 60 : (t.Hour * 60) + t.Minute;

    private static string Clock(TimeOnly end) => end == TimeOnly.MinValue ? "24:00" : HoursText.Input(end);
}
