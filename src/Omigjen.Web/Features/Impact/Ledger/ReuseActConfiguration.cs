using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Ledger;

internal sealed class ReuseActConfiguration : IEntityTypeConfiguration<ReuseAct>
{
    public void Configure(EntityTypeBuilder<ReuseAct> b)
    {
        b.ToTable("ReuseActs");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.WeightSource).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.OnceKey).HasMaxLength(60);
        b.HasIndex(a => a.OnceKey).IsUnique();
        b.HasIndex(a => a.ReversesId).IsUnique();
        b.HasIndex(a => new { a.Source, a.SourceId });
        b.HasIndex(a => new { a.UserId, a.At });
        b.HasIndex(a => a.At);
        b.HasOne<Initiative>().WithMany().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<FactorSet>().WithMany().HasForeignKey(a => a.FactorSetVersion).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReuseAct>().WithOne().HasForeignKey<ReuseAct>(a => a.ReversesId).OnDelete(DeleteBehavior.Restrict);
    }
}
