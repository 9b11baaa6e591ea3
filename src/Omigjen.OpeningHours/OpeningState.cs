namespace Omigjen.OpeningHours;

public enum OpeningState
{
    Closed = 0,
    Open = 1,
    Unknown = 2,
}
