using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives;

internal sealed class SpecialHoursConfiguration : IEntityTypeConfiguration<SpecialHours>
{
    public void Configure(EntityTypeBuilder<SpecialHours> b)
    {
        b.Property(e => e.Hours).HasMaxLength(200);
        b.Property(e => e.Reason).HasMaxLength(200);
        b.HasIndex(e => new { e.InitiativeId, e.From });
    }
}
