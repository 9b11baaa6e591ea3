using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Portal;

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

internal sealed class ModerationRequestConfiguration : IEntityTypeConfiguration<ModerationRequest>
{
    public void Configure(EntityTypeBuilder<ModerationRequest> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Message).HasMaxLength(TextLimits.Message);
        b.Property(r => r.DecisionMessage).HasMaxLength(2000);
        b.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.DecidedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => r.State);
    }
}

internal sealed class InitiativeRevisionConfiguration : IEntityTypeConfiguration<InitiativeRevision>
{
    public void Configure(EntityTypeBuilder<InitiativeRevision> b)
    {
        // Two saves can never take the same number: the second one fails and is reported as a conflict.
        b.HasIndex(r => new { r.InitiativeId, r.Number }).IsUnique();
        b.Property(r => r.Author).HasMaxLength(256);
        b.Property(r => r.Summary).HasMaxLength(1000);
        b.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class UsageCountConfiguration : IEntityTypeConfiguration<UsageCount>
{
    public void Configure(EntityTypeBuilder<UsageCount> b)
    {
        b.HasKey(u => new { u.InitiativeId, u.WeekStart, u.Kind });
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithMany().HasForeignKey(u => u.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpecialHoursConfiguration : IEntityTypeConfiguration<SpecialHours>
{
    public void Configure(EntityTypeBuilder<SpecialHours> b)
    {
        b.Property(e => e.Hours).HasMaxLength(200);
        b.Property(e => e.Reason).HasMaxLength(200);
        b.HasIndex(e => new { e.InitiativeId, e.From });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Kind).HasMaxLength(60);
        b.Property(a => a.Actor).HasMaxLength(TextLimits.Email);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.HasIndex(a => a.At);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MunicipalitySettingsConfiguration : IEntityTypeConfiguration<MunicipalitySettings>
{
    public void Configure(EntityTypeBuilder<MunicipalitySettings> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.ContactEmail).HasMaxLength(256);
        b.Property(s => s.ContactPhone).HasMaxLength(60);
    }
}
