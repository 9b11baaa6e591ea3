using System.Globalization;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>A partner that claimed the lot, with what the rules look at.</summary>
/// <param name="KgLast90Days">Kg of the lot's category allocated to the partner in the 90 days before the decision.</param>
/// <param name="LastReceivedOn">The local day the partner was last allocated a lot of the category; null when never.</param>
public sealed record AllocationCandidate(int PartnerId, string Name, DateTime ClaimedAt, bool FirstPick, decimal KgLast90Days, DateOnly? LastReceivedOn);

/// <summary>Who gets the lot, and why in both languages.</summary>
public sealed record AllocationChoice(int? PartnerId, string ReasonNb, string ReasonEn);

/// <summary>
/// The allocation of one lot, with no database in it. Partners with first pick of the category go first; among the rest
/// (or among them) the rule decides; a tie goes to the earliest claim, then the lowest partner number, so the same
/// claims always give the same answer.
/// </summary>
public static class AllocationRules
{
    public static readonly TimeSpan FewestKgPeriod = TimeSpan.FromDays(90);

    public static (string Nb, string En) Name(AllocationRule rule) => rule == AllocationRule.Rotation
        ? ("rotasjon: den som har ventet lengst siden forrige parti i kategorien, får det", "rotation: the partner who has waited longest since its last lot of the category gets it")
        : ("færrest kg: den som har fått færrest kg i kategorien de siste 90 dagene, får det", "fewest kg: the partner that received the fewest kg of the category in the last 90 days gets it");

    public static AllocationChoice Choose(IReadOnlyList<AllocationCandidate> claims, AllocationRule rule, IntakeCategory category)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var row = IntakeCategories.Of(category);
        if (claims.Count == 0)
            return new(null, "Ingen partner meldte interesse innen fristen. Partiet gis bort til publikum på stasjonen.",
                "No partner claimed it within the window. The lot is given away to the public at the station.");
        var firstPick = claims.Where(c => c.FirstPick).ToList();
        var pool = firstPick.Count > 0 ? firstPick : claims.ToList();
        var ordered = rule == AllocationRule.Rotation
            ? pool.OrderBy(c => c.LastReceivedOn ?? DateOnly.MinValue).ThenBy(c => c.ClaimedAt).ThenBy(c => c.PartnerId).ToList()
            : pool.OrderBy(c => c.KgLast90Days).ThenBy(c => c.ClaimedAt).ThenBy(c => c.PartnerId).ToList();
        var winner = ordered[0];
        var (ruleNb, ruleEn) = Name(rule);
        var nb = new List<string> { Claimants(claims.Count, "partner meldte", "partnere meldte") + " interesse." };
        var en = new List<string> { claims.Count == 1 ? "1 partner claimed it." : $"{claims.Count} partners claimed it." };
        if (firstPick.Count > 0)
        {
            nb.Add($"{string.Join(", ", firstPick.Select(c => c.Name))} har førsterett på {row.Nb.ToLowerInvariant()}.");
            en.Add($"{string.Join(", ", firstPick.Select(c => c.Name))} {(firstPick.Count == 1 ? "has" : "have")} first pick of {row.En.ToLowerInvariant()}.");
        }
        nb.Add($"Regelen er {ruleNb}.");
        en.Add($"The rule is {ruleEn}.");
        if (rule == AllocationRule.Rotation)
        {
            nb.Add(winner.LastReceivedOn is { } d ? $"{winner.Name} fikk sist et parti {D(d)}." : $"{winner.Name} har ikke fått et parti i kategorien før.");
            en.Add(winner.LastReceivedOn is { } e ? $"{winner.Name} last received a lot on {D(e)}." : $"{winner.Name} has not received a lot of the category before.");
        }
        else
        {
            nb.Add($"{winner.Name} hadde fått {Kg(winner.KgLast90Days).Replace('.', ',')} kg.");
            en.Add($"{winner.Name} had received {Kg(winner.KgLast90Days)} kg.");
        }
        if (ordered.Count > 1 && Tied(ordered[0], ordered[1], rule))
        {
            var earlier = ordered[0].ClaimedAt < ordered[1].ClaimedAt;
            nb.Add(earlier ? $"Likt med {ordered[1].Name}; {winner.Name} meldte interesse først." : $"Likt med {ordered[1].Name}, også i tid; lavest partnernummer avgjorde.");
            en.Add(earlier ? $"Tied with {ordered[1].Name}; {winner.Name} claimed first." : $"Tied with {ordered[1].Name}, also in time; the lower partner number decided.");
        }
        return new(winner.PartnerId, Cap(string.Join(" ", nb)), Cap(string.Join(" ", en)));
    }

    private static bool Tied(AllocationCandidate a, AllocationCandidate b, AllocationRule rule) =>
        rule == AllocationRule.Rotation ? a.LastReceivedOn == b.LastReceivedOn : a.KgLast90Days == b.KgLast90Days;

    private static string Claimants(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Kg(decimal kg) => kg.ToString("0.###", CultureInfo.InvariantCulture);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cap(string s) => s.Length <= AllocationDecisionConfiguration.ReasonMax ? s : s[..(AllocationDecisionConfiguration.ReasonMax - 1)] + "…";
}
