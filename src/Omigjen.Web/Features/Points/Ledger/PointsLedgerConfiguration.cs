using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Points.Ledger;

internal sealed class PointsAccountConfiguration : IEntityTypeConfiguration<PointsAccount>
{
    public void Configure(EntityTypeBuilder<PointsAccount> b)
    {
        b.HasKey(a => a.UserId);
        b.HasOne<AppUser>().WithOne().HasForeignKey<PointsAccount>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PointsCounterConfiguration : IEntityTypeConfiguration<PointsCounter>
{
    public void Configure(EntityTypeBuilder<PointsCounter> b)
    {
        b.HasKey(c => new { c.Scope, c.Key, c.Period });
        b.Property(c => c.Key).HasMaxLength(450);
        b.Property(c => c.Period).HasMaxLength(10);
        b.ToTable(t => t.HasCheckConstraint("CK_PointsCounters_Total", "\"Total\" >= 0"));
    }
}
