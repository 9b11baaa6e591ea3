using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Publication;

/// <summary>
/// An initiative's owner has chosen to show its impact figures on its public page. One row per initiative while the
/// choice is on; turning it off deletes the row. Kept here so the initiative itself knows nothing of impact.
/// </summary>
public sealed class ImpactPublication
{
    public int InitiativeId { get; set; }

    /// <summary>When it was turned on (UTC).</summary>
    public DateTime PublishedAt { get; set; }

    /// <summary>Who turned it on; null after that account is deleted.</summary>
    public string? PublishedBy { get; set; }
}

internal sealed class ImpactPublicationConfiguration : IEntityTypeConfiguration<ImpactPublication>
{
    public void Configure(EntityTypeBuilder<ImpactPublication> b)
    {
        b.ToTable("ImpactPublications");
        b.HasKey(p => p.InitiativeId);
        b.Property(p => p.InitiativeId).ValueGeneratedNever();
        b.HasOne<Initiative>().WithOne().HasForeignKey<ImpactPublication>(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(p => p.PublishedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
