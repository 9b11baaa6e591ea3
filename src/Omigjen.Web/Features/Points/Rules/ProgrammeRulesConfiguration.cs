using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Omigjen.Web.Features.Points.Rules;

internal sealed class ProgrammeRulesConfiguration : IEntityTypeConfiguration<ProgrammeRules>
{
    public void Configure(EntityTypeBuilder<ProgrammeRules> b)
    {
        b.ToTable("PointsRules", t =>
        {
            t.HasCheckConstraint("CK_PointsRules_Single", "\"Id\" = 1");
            t.HasCheckConstraint("CK_PointsRules_Positive",
                "\"BuyingUsedPoints\" >= 0 AND \"LoanPoints\" >= 0 AND \"RepairPoints\" >= 0 AND \"HandInPoints\" >= 0 AND \"ActivityPoints\" >= 0 " +
                "AND \"ResidentDailyCap\" >= 0 AND \"ResidentMonthlyCap\" >= 0 AND \"IssuerDailyCap\" >= 0 AND \"CodeLifetimeMinutes\" > 0 AND \"PointsLifetimeMonths\" > 0");
        });
        b.Property(r => r.Id).ValueGeneratedNever();
    }
}
