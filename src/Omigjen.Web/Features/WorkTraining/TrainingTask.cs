namespace Omigjen.Web.Features.WorkTraining;

/// <summary>
/// The tasks at a station and in the centre, in the order a participant usually learns them: each is a step up from
/// the one before. The numbers are stored; never renumber.
/// </summary>
public enum TrainingTask
{
    RegisterIntake = 1,
    SortAndCheck = 2,
    PriceAndList = 3,
    Repair = 4,
    ServeCustomers = 5,
}

/// <summary>How far a participant has come with one task.</summary>
public enum TaskLevel
{
    /// <summary>Not recorded (no row is stored for it; used by the form).</summary>
    NotYet = 0,

    /// <summary>Has done the task with help.</summary>
    Done = 1,

    /// <summary>Masters the task: does it alone.</summary>
    Mastered = 2,
}

/// <summary>The tasks' words, in easy-read bokmål (short sentences, common words) and English.</summary>
public static class TrainingText
{
    public static readonly IReadOnlyList<TrainingTask> Steps = Enum.GetValues<TrainingTask>();

    public static (string Nb, string En) Task(TrainingTask task) => task switch
    {
        TrainingTask.RegisterIntake => ("Ta imot og registrere varer", "Receive and register goods"),
        TrainingTask.SortAndCheck => ("Sortere varer og sjekke at de er hele", "Sort goods and check that they are whole"),
        TrainingTask.PriceAndList => ("Sette pris og legge ut varer", "Price goods and put them on sale"),
        TrainingTask.Repair => ("Reparere ting", "Repair things"),
        TrainingTask.ServeCustomers => ("Hjelpe kunder", "Help customers"),
        _ => throw new ArgumentOutOfRangeException(nameof(task)),
    };

    public static (string Nb, string En) Level(TaskLevel level) => level switch
    {
        TaskLevel.NotYet => ("Ikke ennå", "Not yet"),
        TaskLevel.Done => ("Har gjort det med hjelp", "Has done it with help"),
        TaskLevel.Mastered => ("Klarer det selv", "Can do it alone"),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
