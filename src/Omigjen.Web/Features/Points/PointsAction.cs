using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points;

/// <summary>What a resident did to earn points; the programme rules give each its points.</summary>
public enum PointsAction
{
    BuyingUsed,
    Loan,
    Repair,
    HandIn,
    Activity,
}

/// <summary>Names of the actions, in both languages.</summary>
public static class PointsActionText
{
    public static IReadOnlyList<PointsAction> All { get; } = Enum.GetValues<PointsAction>();

    public static string Of(PointsAction action) => action switch
    {
        PointsAction.BuyingUsed => L.T("Kjøpt brukt", "Bought used"),
        PointsAction.Loan => L.T("Lån", "Loan"),
        PointsAction.Repair => L.T("Reparasjon", "Repair"),
        PointsAction.HandIn => L.T("Levert til ombruk", "Handed in for reuse"),
        PointsAction.Activity => L.T("Deltatt i aktivitet", "Took part in an activity"),
        _ => action.ToString(),
    };
}
