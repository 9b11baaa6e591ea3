using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Points.Codes;

namespace Omigjen.Web.Features.Points.Rewards;

internal sealed class RewardConfiguration : IEntityTypeConfiguration<Reward>
{
    public void Configure(EntityTypeBuilder<Reward> b)
    {
        b.Property(r => r.TitleNb).HasMaxLength(RewardForm.TitleMax);
        b.Property(r => r.TitleEn).HasMaxLength(RewardForm.TitleMax);
        b.Property(r => r.DescriptionNb).HasMaxLength(RewardForm.DescriptionMax);
        b.Property(r => r.DescriptionEn).HasMaxLength(RewardForm.DescriptionMax);
        b.Ignore(r => r.Title);
        b.Ignore(r => r.Description);
        b.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.InitiativeId, r.Withdrawn });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Rewards_Stock", "\"Stock\" >= 0");
            t.HasCheckConstraint("CK_Rewards_Price", "\"PointsPrice\" > 0");
        });
    }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> b)
    {
        b.Property(v => v.Code).HasMaxLength(CodeAlphabet.VoucherLength);
        b.HasIndex(v => v.Code).IsUnique();
        b.HasOne(v => v.Reward).WithMany().HasForeignKey(v => v.RewardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Initiative>().WithMany().HasForeignKey(v => v.UsedAtInitiativeId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(v => new { v.UserId, v.IssuedAt });
    }
}
