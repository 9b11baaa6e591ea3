using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.WorkTraining;

/// <summary>
/// One person's work training at a station (or the centre's intake). The station's staff are the supervisors. Nothing is
/// recorded until the participant has consented on their own account page; the record holds only tasks, levels and
/// dates (no free text, so no health or NAV information can be written in it). It is deleted when the participant asks,
/// or a set time after the participation ended (<see cref="WorkTrainingOptions.KeepMonthsAfterEnd"/>).
/// </summary>
public sealed class Participation
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station? Station { get; set; }
    public required string UserId { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }

    /// <summary>When the participant said yes; null while the question is open.</summary>
    public DateTime? ConsentedAt { get; set; }

    /// <summary>The local date the participation ended; the deletion time counts from it.</summary>
    public DateOnly? EndedOn { get; set; }

    public List<TaskProgress> Progress { get; set; } = [];
}

/// <summary>How far the participant has come with one task: the first date they did it, and the date they mastered it.</summary>
public sealed class TaskProgress
{
    public int ParticipationId { get; set; }
    public TrainingTask Task { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateOnly? MasteredOn { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    public TaskLevel Level => MasteredOn is not null ? TaskLevel.Mastered : DoneOn is not null ? TaskLevel.Done : TaskLevel.NotYet;
}

public sealed class WorkTrainingOptions
{
    public const string Section = "WorkTraining";

    /// <summary>Months after the participation ended before its record is deleted.</summary>
    public int KeepMonthsAfterEnd { get; set; } = 6;

    /// <summary>Days a question of consent stays open before it is deleted unanswered.</summary>
    public int ConsentDays { get; set; } = 30;

    /// <summary>Off in tests, which run <see cref="WorkTrainingJobs.RunOnceAsync"/> themselves.</summary>
    public bool JobsEnabled { get; set; } = true;
}
