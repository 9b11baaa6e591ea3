using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Stations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public const int SlugMax = 80;
    public const int HoursMax = 500;

    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("Stations", t =>
        {
            t.HasCheckConstraint("CK_Stations_Latitude", "\"Latitude\" BETWEEN -90 AND 90");
            t.HasCheckConstraint("CK_Stations_Longitude", "\"Longitude\" BETWEEN -180 AND 180");
        });
        b.Property(s => s.Slug).HasMaxLength(SlugMax);
        b.Property(s => s.Name).HasMaxLength(TextLimits.Name);
        b.Property(s => s.Address).HasMaxLength(TextLimits.Line);
        b.Property(s => s.OpeningHours).HasMaxLength(HoursMax);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(s => s.Slug).IsUnique();
        b.HasIndex(s => s.Name);
        b.HasMany(s => s.Staff).WithOne().HasForeignKey(m => m.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StationStaffMemberConfiguration : IEntityTypeConfiguration<StationStaffMember>
{
    public void Configure(EntityTypeBuilder<StationStaffMember> b)
    {
        b.ToTable("StationStaff");
        b.HasKey(m => new { m.StationId, m.UserId });
        b.HasIndex(m => m.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.GrantedById).OnDelete(DeleteBehavior.SetNull);
    }
}
