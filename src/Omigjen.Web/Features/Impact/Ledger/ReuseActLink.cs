using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>
/// Links an act recorded without a resident (an item the actor marked sold) to the resident who later confirmed it
/// (by claiming the points code issued for that sale). Written once per act; the ledger entry itself is not changed.
/// </summary>
public sealed class ReuseActLink
{
    public long ReuseActId { get; set; }
    public required string UserId { get; set; }
    public DateTime LinkedAt { get; set; }
}

internal sealed class ReuseActLinkConfiguration : IEntityTypeConfiguration<ReuseActLink>
{
    public void Configure(EntityTypeBuilder<ReuseActLink> b)
    {
        b.ToTable("ReuseActLinks");
        b.HasKey(l => l.ReuseActId);
        b.HasIndex(l => l.UserId);
        b.HasOne<ReuseAct>().WithOne().HasForeignKey<ReuseActLink>(l => l.ReuseActId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ReuseActPersonQueries
{
    /// <summary>The acts of one resident: linked to them when recorded, or later through a claimed points code (with the
    /// reversals of those acts).</summary>
    public static IQueryable<ReuseAct> OfPerson(this IQueryable<ReuseAct> acts, IQueryable<ReuseActLink> links, string userId) =>
        acts.Where(a => a.UserId == userId || links.Any(l => l.UserId == userId && (l.ReuseActId == a.Id || l.ReuseActId == a.ReversesId)));
}
