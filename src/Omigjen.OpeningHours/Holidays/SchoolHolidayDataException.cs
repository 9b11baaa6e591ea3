namespace Omigjen.OpeningHours;

/// <summary>School holiday data (JSON) could not be read; the message says where and why.</summary>
public sealed class SchoolHolidayDataException : FormatException
{
    public SchoolHolidayDataException()
    {
    }

    public SchoolHolidayDataException(string message)
        : base(message)
    {
    }

    public SchoolHolidayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
