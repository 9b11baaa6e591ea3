using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Repair.Services;

internal sealed class RepairServiceConfiguration : IEntityTypeConfiguration<RepairService>
{
    public void Configure(EntityTypeBuilder<RepairService> b)
    {
        b.Property(s => s.What).HasMaxLength(RepairServiceInput.MaxWhat);
        b.Property(s => s.Description).HasMaxLength(RepairServiceInput.MaxDescription);
        b.Property(s => s.ExternalId).HasMaxLength(100);
        b.Property(s => s.TurnaroundText).HasMaxLength(RepairServiceInput.MaxShort);
        b.Property(s => s.WarrantyText).HasMaxLength(RepairServiceInput.MaxShort);
        b.Property(s => s.PromiseText).HasMaxLength(TextLimits.ShortText);
        b.Property(s => s.SearchTerms).HasMaxLength(4000);
        b.Property(s => s.Category).HasConversion<string>().HasMaxLength(40);
        b.Property(s => s.PromiseCategory).HasConversion<string>().HasMaxLength(40);
        b.Property(s => s.PriceKind).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Visit).HasConversion<string>().HasMaxLength(10);
        b.HasOne(s => s.Initiative).WithMany().HasForeignKey(s => s.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.InitiativeId, s.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        b.HasIndex(s => new { s.InitiativeId, s.Archived });
        b.HasIndex(s => new { s.Archived, s.Category });
        // The price kinds' shapes, whole kroner never below zero, and a promise complete or absent: whatever writes the row.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_RepairServices_Price",
                "(\"PriceKind\" = 'Free' AND \"PriceFromNok\" IS NULL AND \"PriceToNok\" IS NULL)"
                + " OR (\"PriceKind\" = 'Fixed' AND \"PriceFromNok\" >= 0 AND \"PriceToNok\" IS NULL)"
                + " OR (\"PriceKind\" = 'Range' AND \"PriceFromNok\" >= 0 AND \"PriceToNok\" > \"PriceFromNok\")");
            t.HasCheckConstraint("CK_RepairServices_Days",
                "(\"TurnaroundDays\" IS NULL OR \"TurnaroundDays\" >= 0) AND (\"WarrantyDays\" IS NULL OR \"WarrantyDays\" >= 0)");
            t.HasCheckConstraint("CK_RepairServices_Promise",
                "(\"PromiseText\" IS NULL AND \"PromiseDays\" IS NULL AND \"PromiseCategory\" IS NULL)"
                + " OR (\"PromiseText\" IS NOT NULL AND \"PromiseDays\" > 0 AND \"PromiseCategory\" IS NOT NULL)");
        });
    }
}
