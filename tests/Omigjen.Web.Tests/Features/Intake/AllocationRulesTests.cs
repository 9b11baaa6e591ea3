using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>The allocation of one lot and the pickup plans' calendar, without a database.</summary>
public sealed class AllocationRulesTests
{
    private static readonly DateTime T0 = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private static AllocationCandidate C(int id, string name, int minutesAfter, decimal kg = 0, DateOnly? last = null, bool firstPick = false) =>
        new(id, name, T0.AddMinutes(minutesAfter), firstPick, kg, last);

    [Fact]
    public void Fewest_kg_gives_the_lot_to_the_partner_that_received_least_and_says_so_in_both_languages()
    {
        var choice = AllocationRules.Choose([C(1, "Fretex", 0, kg: 120), C(2, "Kirkens Bymisjon", 5, kg: 40), C(3, "Røde Kors", 1, kg: 80)],
            AllocationRule.FewestKg, IntakeCategory.Textiles);
        Assert.Equal(2, choice.PartnerId);
        Assert.Contains("3 partnere meldte interesse.", choice.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("Kirkens Bymisjon hadde fått 40 kg.", choice.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("færrest kg", choice.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("Kirkens Bymisjon had received 40 kg.", choice.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tie_goes_to_the_earliest_claim_and_then_to_the_lowest_partner_number()
    {
        var byTime = AllocationRules.Choose([C(7, "A", 10), C(4, "B", 3)], AllocationRule.FewestKg, IntakeCategory.Books);
        Assert.Equal(4, byTime.PartnerId);
        Assert.Contains("Likt med A; B meldte interesse først.", byTime.ReasonNb, StringComparison.Ordinal);
        var byNumber = AllocationRules.Choose([C(9, "A", 3), C(5, "B", 3)], AllocationRule.FewestKg, IntakeCategory.Books);
        Assert.Equal(5, byNumber.PartnerId);
        Assert.Contains("the lower partner number decided", byNumber.ReasonEn, StringComparison.Ordinal);
        // The order the claims come in does not matter.
        Assert.Equal(5, AllocationRules.Choose([C(5, "B", 3), C(9, "A", 3)], AllocationRule.FewestKg, IntakeCategory.Books).PartnerId);
    }

    [Fact]
    public void First_pick_goes_ahead_of_fewer_kg()
    {
        var choice = AllocationRules.Choose([C(1, "Sykkelverkstedet", 30, kg: 500, firstPick: true), C(2, "Fretex", 0, kg: 0)], AllocationRule.FewestKg, IntakeCategory.Bikes);
        Assert.Equal(1, choice.PartnerId);
        Assert.Contains("Sykkelverkstedet har førsterett på sykler.", choice.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("Sykkelverkstedet has first pick of bikes.", choice.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_gives_the_lot_to_the_partner_that_never_had_one_then_to_the_one_that_waited_longest()
    {
        var never = AllocationRules.Choose([C(1, "A", 0, last: new DateOnly(2026, 11, 1)), C(2, "B", 9)], AllocationRule.Rotation, IntakeCategory.Kitchen);
        Assert.Equal(2, never.PartnerId);
        Assert.Contains("B har ikke fått et parti i kategorien før.", never.ReasonNb, StringComparison.Ordinal);
        var longest = AllocationRules.Choose([C(1, "A", 0, last: new DateOnly(2026, 11, 20)), C(2, "B", 9, last: new DateOnly(2026, 10, 3))],
            AllocationRule.Rotation, IntakeCategory.Kitchen);
        Assert.Equal(2, longest.PartnerId);
        Assert.Contains("B last received a lot on 2026-10-03.", longest.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void No_claims_send_the_lot_to_the_public()
    {
        var choice = AllocationRules.Choose([], AllocationRule.Rotation, IntakeCategory.Decor);
        Assert.Null(choice.PartnerId);
        Assert.Contains("publikum", choice.ReasonNb, StringComparison.Ordinal);
        Assert.Contains("public", choice.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_never_exceeds_its_column()
    {
        var many = Enumerable.Range(1, 40).Select(i => C(i, new string('x', 150) + i, i, firstPick: true)).ToList();
        var choice = AllocationRules.Choose(many, AllocationRule.FewestKg, IntakeCategory.Tools);
        Assert.Equal(1, choice.PartnerId);
        Assert.True(choice.ReasonNb.Length <= 500 && choice.ReasonEn.Length <= 500);
    }

    [Theory]
    [InlineData("2026-12-02", false, "2026-12-02", true)]
    [InlineData("2026-12-02", false, "2026-12-09", true)]
    [InlineData("2026-12-02", false, "2026-12-03", false)]
    [InlineData("2026-12-02", false, "2026-11-25", false)] // before the first pickup
    [InlineData("2026-12-02", true, "2026-12-09", false)]
    [InlineData("2026-12-02", true, "2026-12-16", true)]
    public void A_plan_runs_on_its_weekday_every_week_or_every_other_week(string from, bool fortnightly, string day, bool runs)
    {
        var start = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var plan = new PickupPlan { Weekday = start.DayOfWeek, Fortnightly = fortnightly, FromDate = start };
        Assert.Equal(runs, PartnerRules.RunsOn(plan, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
