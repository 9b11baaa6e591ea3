using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Activities;

public static class OccasionQueries
{
    /// <summary>The occasions whose organiser the public sees (<see cref="InitiativeQueries.Public"/>).</summary>
    public static IQueryable<ActivityOccasion> OfPublicInitiatives(this IQueryable<ActivityOccasion> occasions, AppDbContext db) =>
        occasions.Where(o => db.Initiatives.Public().Any(i => i.Id == o.InitiativeId));
}
