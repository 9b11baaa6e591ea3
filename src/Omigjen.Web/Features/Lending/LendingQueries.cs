using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Lending;

/// <summary>The conditions on lending types that recur across the lending pages, each named once with one meaning.</summary>
public static class LendingQueries
{
    /// <summary>Public: the type is not archived and its initiative is public (approved, not closed down).</summary>
    public static IQueryable<LendingType> Public(this IQueryable<LendingType> types) =>
        types.Where(t => !t.Archived && t.Initiative!.Moderation == ModerationState.Approved
                         && t.Initiative.Status != InitiativeStatus.Archived);

    /// <summary>
    /// Bookable: the type is not archived and its initiative is approved and active. A type of a temporarily closed
    /// initiative keeps its public page but is not bookable and not in the catalogue.
    /// </summary>
    public static IQueryable<LendingType> Bookable(this IQueryable<LendingType> types) =>
        types.Where(t => !t.Archived && t.Initiative!.Moderation == ModerationState.Approved
                         && t.Initiative.Status == InitiativeStatus.Active);
}
