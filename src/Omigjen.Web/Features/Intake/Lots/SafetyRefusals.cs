using System.Collections.Frozen;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>Kinds of goods a station must not pass on, whatever they look like.</summary>
public enum SafetyKind
{
    ChildCarSeat, Helmet, LifeJacket, ClimbingGear, GasBottle,
}

/// <summary>
/// The table of refused kinds: what it is, the category it is counted in, and why it is refused, in easy-read bokmål
/// (short sentences, common words) and English. A refused lot is registered so it is counted, and goes to recycling.
/// </summary>
public static class SafetyRefusals
{
    public sealed record Row(SafetyKind Kind, string Token, string Nb, string En, IntakeCategory Category, string ReasonNb, string ReasonEn)
    {
        public string Label => L.T(Nb, En);
        public string Reason => L.T(ReasonNb, ReasonEn);
    }

    public static readonly IReadOnlyList<Row> All =
    [
        new(SafetyKind.ChildCarSeat, "bilsete", "Bilsete for barn", "Child car seat", IntakeCategory.ChildrenToys,
            "Vi kan ikke gi bort bilseter. Vi vet ikke om setet har vært i en ulykke. Da kan det være ødelagt inni.",
            "We cannot pass on car seats. We do not know if the seat has been in a crash. It can be broken inside."),
        new(SafetyKind.Helmet, "hjelm", "Hjelm", "Helmet", IntakeCategory.SportsOutdoors,
            "Vi kan ikke gi bort hjelmer for sykkel eller ski. En hjelm som har fått et slag, beskytter ikke godt nok.",
            "We cannot pass on bike or ski helmets. A helmet that has taken a blow does not protect well enough."),
        new(SafetyKind.LifeJacket, "redningsvest", "Redningsvest", "Life jacket", IntakeCategory.SportsOutdoors,
            "Vi kan ikke gi bort redningsvester. Vi kan ikke se om de flyter godt nok.",
            "We cannot pass on life jackets. We cannot see if they still float well enough."),
        new(SafetyKind.ClimbingGear, "klatreutstyr", "Klatreutstyr", "Climbing gear", IntakeCategory.SportsOutdoors,
            "Vi kan ikke gi bort tau, seler eller annet klatreutstyr. Vi vet ikke hvor slitt det er.",
            "We cannot pass on ropes, harnesses or other climbing gear. We do not know how worn it is."),
        new(SafetyKind.GasBottle, "gassflaske", "Gassflaske", "Gas bottle", IntakeCategory.Miscellaneous,
            "Vi kan ikke gi bort gassflasker. De kan lekke eller ta fyr.",
            "We cannot pass on gas bottles. They can leak or catch fire."),
    ];

    private static readonly FrozenDictionary<SafetyKind, Row> ByKind = All.ToFrozenDictionary(r => r.Kind);
    private static readonly FrozenDictionary<string, Row> ByToken = All.ToFrozenDictionary(r => r.Token, StringComparer.Ordinal);

    public static Row Of(SafetyKind kind) => ByKind[kind];

    public static bool TryParse(string? text, out SafetyKind kind)
    {
        var found = ByToken.TryGetValue((text ?? "").Trim(), out var row);
        kind = found ? row!.Kind : default;
        return found;
    }
}
