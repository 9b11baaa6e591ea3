using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.SavedSearches;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Query).HasMaxLength(2000);
        b.Property(s => s.FeedToken).HasMaxLength(64);
        b.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        b.HasIndex(s => s.FeedToken).IsUnique();
        b.HasIndex(s => s.UnsubscribeToken).IsUnique();
        b.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Frequency, s.NotifiedUpTo });
    }
}
