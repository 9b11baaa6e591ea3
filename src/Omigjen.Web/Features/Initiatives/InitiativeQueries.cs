namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// The conditions on initiatives that recur across features, each named once with one meaning. They compose inside
/// other queries too (<c>db.Initiatives.Public().Any(i => i.Id == x.InitiativeId)</c> becomes an EXISTS).
/// </summary>
public static class InitiativeQueries
{
    /// <summary>Let through by the municipality: shown in the directory, archived ones included (marked as closed down).</summary>
    public static IQueryable<Initiative> Approved(this IQueryable<Initiative> initiatives) =>
        initiatives.Where(i => i.Moderation == ModerationState.Approved);

    /// <summary>Public: approved and not closed down (archived). A temporarily closed initiative is still public.</summary>
    public static IQueryable<Initiative> Public(this IQueryable<Initiative> initiatives) =>
        initiatives.Where(i => i.Moderation == ModerationState.Approved && i.Status != InitiativeStatus.Archived);
}
