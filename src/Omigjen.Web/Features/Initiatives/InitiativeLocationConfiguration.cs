using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives;

internal sealed class InitiativeLocationConfiguration : IEntityTypeConfiguration<InitiativeLocation>
{
    public void Configure(EntityTypeBuilder<InitiativeLocation> b)
    {
        b.Property(l => l.Address).HasMaxLength(300);
        b.Property(l => l.Name).HasMaxLength(200);
        b.Property(l => l.PostalCode).HasMaxLength(TextLimits.PostalCode);
        b.Property(l => l.City).HasMaxLength(TextLimits.City);
        b.HasIndex(l => new { l.Latitude, l.Longitude });
    }
}
