using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Members;

internal sealed class InitiativeMemberConfiguration : IEntityTypeConfiguration<InitiativeMember>
{
    public void Configure(EntityTypeBuilder<InitiativeMember> b)
    {
        b.HasKey(m => new { m.InitiativeId, m.UserId });
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(TextLimits.Email);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithMany().HasForeignKey(i => i.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
