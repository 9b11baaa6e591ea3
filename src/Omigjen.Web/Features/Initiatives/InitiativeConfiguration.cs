using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> b)
    {
        b.HasIndex(i => i.Slug).IsUnique();
        b.Property(i => i.Slug).HasMaxLength(120);
        b.Property(i => i.Name).HasMaxLength(TextLimits.Name);
        b.Property(i => i.OpeningHours).HasMaxLength(2000);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.OrganisationType).HasConversion<string>().HasMaxLength(40);
        // Enumerations are stored by name so adding a member never renumbers stored data.
        b.PrimitiveCollection(i => i.Kinds).ElementType().HasConversion<string>();
        b.PrimitiveCollection(i => i.Categories).ElementType().HasConversion<string>();
        b.PrimitiveCollection(i => i.Services).ElementType().HasConversion<string>();
        b.ComplexProperty(i => i.ShortDescription);
        b.ComplexProperty(i => i.LongDescription);
        b.ComplexProperty(i => i.Accepts);
        b.ComplexProperty(i => i.Declines);
        b.ComplexProperty(i => i.OpeningHoursNote);
        b.ComplexProperty(i => i.ClosedReason);
        b.ComplexProperty(i => i.Contact);
        b.ComplexProperty(i => i.Accessibility);
        b.ComplexProperty(i => i.Terms, t =>
        {
            t.ComplexProperty(x => x.Returns);
            t.ComplexProperty(x => x.Complaints);
            t.ComplexProperty(x => x.Warranty);
            t.ComplexProperty(x => x.FreeServices);
        });
        b.HasMany(i => i.Locations).WithOne().HasForeignKey(l => l.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Exceptions).WithOne().HasForeignKey(e => e.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.Status);
        b.Property(i => i.Moderation).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => i.Moderation);
        b.Property(i => i.Version).IsConcurrencyToken();
    }
}
