using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>A pickup plan in words: "onsdag, annenhver uke" / "Wednesday, every other week".</summary>
public static class PlanText
{
    public static string Day(DayOfWeek d) => L.IsEnglish ? d.ToString() : d switch
    {
        DayOfWeek.Monday => "mandag",
        DayOfWeek.Tuesday => "tirsdag",
        DayOfWeek.Wednesday => "onsdag",
        DayOfWeek.Thursday => "torsdag",
        DayOfWeek.Friday => "fredag",
        DayOfWeek.Saturday => "lørdag",
        _ => "søndag",
    };

    public static string Of(PickupPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"{Day(plan.Weekday)}, {(plan.Fortnightly ? L.T("annenhver uke", "every other week") : L.T("hver uke", "every week"))}";
    }
}
