using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.WorkTraining;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.ToTable("TrainingParticipations");
        b.HasOne(p => p.Station).WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.SetNull);
        // One participation per person and station: adding the same person twice at once gives one row.
        b.HasIndex(p => new { p.StationId, p.UserId }).IsUnique();
        b.HasIndex(p => p.UserId);
        b.HasIndex(p => p.EndedOn);
        b.HasMany(p => p.Progress).WithOne().HasForeignKey(t => t.ParticipationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskProgressConfiguration : IEntityTypeConfiguration<TaskProgress>
{
    public void Configure(EntityTypeBuilder<TaskProgress> b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.ToTable("TrainingProgress");
        b.HasKey(t => new { t.ParticipationId, t.Task });
        b.Ignore(t => t.Level);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
