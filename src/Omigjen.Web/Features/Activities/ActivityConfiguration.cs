using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Activities;

internal sealed class ActivitySeriesConfiguration : IEntityTypeConfiguration<ActivitySeries>
{
    public void Configure(EntityTypeBuilder<ActivitySeries> b)
    {
        b.Property(x => x.Title).HasMaxLength(TextLimits.Name);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(TextLimits.LongText);
        b.Property(x => x.Address).HasMaxLength(TextLimits.Line);
        b.Property(x => x.RecurrenceRule).HasMaxLength(TextLimits.Line);
        b.Property(x => x.ExceptionDates).HasMaxLength(2000);
        b.Property(x => x.Accessibility).HasMaxLength(1000);
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.WhatToBring).HasMaxLength(1000);
        b.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.InitiativeId, x.Cancelled });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ActivitySeries_Duration", "\"DurationMinutes\" BETWEEN 1 AND 10080");
            t.HasCheckConstraint("CK_ActivitySeries_Capacity", "\"Capacity\" IS NULL OR \"Capacity\" >= 1");
            t.HasCheckConstraint("CK_ActivitySeries_Price", "\"PriceNok\" IS NULL OR \"PriceNok\" >= 0");
        });
    }
}

internal sealed class ActivityOccasionConfiguration : IEntityTypeConfiguration<ActivityOccasion>
{
    public void Configure(EntityTypeBuilder<ActivityOccasion> b)
    {
        b.Ignore(x => x.PlacesLeft);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Series).WithMany().HasForeignKey(x => x.SeriesId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SeriesId, x.OriginalStartUtc }).IsUnique();
        // Time first and covering what "Hva skjer" filters on, so a week near a place is read from the index alone
        // (queries give StartUtc a lower bound too: an occasion lasts at most a week, see ActivityOccasion.LongestSpan).
        b.HasIndex(x => new { x.StartUtc, x.EndUtc, x.InitiativeId, x.Latitude, x.Longitude }).HasDatabaseName("IX_ActivityOccasions_Time");
        b.HasIndex(x => new { x.InitiativeId, x.StartUtc });
        b.HasIndex(x => new { x.Latitude, x.Longitude, x.StartUtc });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ActivityOccasions_Period", "\"EndUtc\" > \"StartUtc\"");
            t.HasCheckConstraint("CK_ActivityOccasions_Taken", "\"Taken\" >= 0 AND (\"Capacity\" IS NULL OR \"Taken\" <= \"Capacity\")");
            t.HasCheckConstraint("CK_ActivityOccasions_WalkIns", "\"WalkIns\" >= 0");
        });
    }
}

internal sealed class ActivitySignUpConfiguration : IEntityTypeConfiguration<ActivitySignUp>
{
    /// <summary>The unique index on an account's active sign-up for an occasion (its name is what a violation reports).</summary>
    public const string ActiveByAccountIndex = "UX_ActivitySignUps_Active_Account";

    /// <summary>The unique index on the active sign-up without an account for one (normalised) e-mail address and occasion.</summary>
    public const string ActiveByEmailIndex = "UX_ActivitySignUps_Active_Email";

    public void Configure(EntityTypeBuilder<ActivitySignUp> b)
    {
        b.Ignore(x => x.Places);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(TextLimits.Email);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasOne(x => x.Occasion).WithMany().HasForeignKey(x => x.OccasionId).OnDelete(DeleteBehavior.Cascade);
        // A deleted account's sign-ups stay counted without a person (the deletion also clears name and e-mail).
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OccasionId, x.Status, x.WaitPosition });
        b.HasIndex(x => new { x.UserId, x.Status });
        b.HasIndex(x => x.TokenHash);
        b.HasIndex(x => new { x.Status, x.OfferExpiresAt });
        // One active sign-up per person and occasion, whatever the role: the service checks first, these settle a race.
        // The filters are plain SQL that SQLite and PostgreSQL both read.
        b.HasIndex(x => new { x.OccasionId, x.UserId }, ActiveByAccountIndex).IsUnique()
            .HasFilter("\"UserId\" IS NOT NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");
        b.HasIndex(x => new { x.OccasionId, x.Email }, ActiveByEmailIndex).IsUnique()
            .HasFilter("\"UserId\" IS NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ActivitySignUps_Guests", "\"Guests\" BETWEEN 0 AND 20");
            t.HasCheckConstraint("CK_ActivitySignUps_Person", "\"UserId\" IS NOT NULL OR \"Email\" IS NOT NULL OR \"Status\" = 'Cancelled'");
        });
    }
}
