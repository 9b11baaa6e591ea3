namespace Omigjen.Web.Features.Intake;

/// <summary>Settings for the goods from the stations (section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Hours an announced lot collects claims before it is allocated.</summary>
    public int ClaimsWindowHours { get; set; } = 24;

    /// <summary>Days an unclaimed lot is offered to the public before it goes to recycling.</summary>
    public int PublicDays { get; set; } = 7;

    /// <summary>Whether the background job announces, allocates and cascades (tests run it themselves).</summary>
    public bool JobsEnabled { get; set; } = true;

    public TimeSpan ClaimsWindow => TimeSpan.FromHours(ClaimsWindowHours);
    public TimeSpan PublicPeriod => TimeSpan.FromDays(PublicDays);
}
