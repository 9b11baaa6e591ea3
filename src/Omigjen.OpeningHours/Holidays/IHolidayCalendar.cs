namespace Omigjen.OpeningHours;

/// <summary>A source of holidays: public holidays (<c>PH</c>) or school holidays (<c>SH</c>).</summary>
/// <remarks>Implementations must be thread-safe; the evaluator calls <see cref="TryGetHoliday"/> for many days.</remarks>
public interface IHolidayCalendar
{
    /// <summary>Returns true and the holiday when <paramref name="date"/> is a holiday in this calendar.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The public contract names the parameter date; VB consumers are not expected.")]
    bool TryGetHoliday(DateOnly date, out Holiday holiday);
}
