using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Items;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> b)
    {
        b.Property(i => i.Title).HasMaxLength(TextLimits.Name);
        b.Property(i => i.WeightKg).HasPrecision(10, 3);
        b.Property(i => i.Description).HasMaxLength(TextLimits.LongText);
        b.Property(i => i.ExternalId).HasMaxLength(100);
        b.Property(i => i.Subcategory).HasMaxLength(100);
        b.Property(i => i.Size).HasMaxLength(50);
        b.Property(i => i.AgeGroup).HasMaxLength(50);
        b.Property(i => i.Brand).HasMaxLength(100);
        b.Property(i => i.Colour).HasMaxLength(50);
        b.Property(i => i.Dimensions).HasMaxLength(100);
        b.Property(i => i.TitleTerms).HasMaxLength(2000);
        b.Property(i => i.BodyTerms).HasMaxLength(8000);
        b.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.Condition).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(i => i.Initiative).WithMany().HasForeignKey(i => i.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<InitiativeLocation>().WithMany().HasForeignKey(i => i.LocationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(i => i.Photos).WithOne().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
        // A re-import with the same external id updates instead of duplicating; the database refuses a second copy.
        b.HasIndex(i => new { i.InitiativeId, i.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        b.HasIndex(i => new { i.Status, i.CreatedAt });
        b.HasIndex(i => new { i.Status, i.Category, i.CreatedAt });
        b.HasIndex(i => new { i.Latitude, i.Longitude });
        // "Bikes near me": the category and the coordinate box come from the index alone, so a 5 km box does not visit
        // every item in its latitude band.
        b.HasIndex(i => new { i.Category, i.Latitude, i.Longitude, i.Status, i.Available, i.InitiativeId, i.CreatedAt })
            .HasDatabaseName("IX_Items_Category_Geo");
        b.HasIndex(i => new { i.InitiativeId, i.Status });
        // Finds the rows whose terms an older analyser made (ItemIndexing.ReindexStaleAsync) without reading every item.
        b.HasIndex(i => new { i.TermsVersion, i.Id });
        // Neither side may go below zero, whatever the races: the last unit is held once.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Items_Available", "\"Available\" >= 0 AND \"Available\" <= \"Quantity\"");
            t.HasCheckConstraint("CK_Items_Quantity", "\"Quantity\" >= 0");
            t.HasCheckConstraint("CK_Items_Price", "\"PriceNok\" >= 0");
        });
    }
}

internal sealed class ItemPhotoConfiguration : IEntityTypeConfiguration<ItemPhoto>
{
    public void Configure(EntityTypeBuilder<ItemPhoto> b)
    {
        b.Property(p => p.Key).HasMaxLength(64);
        b.HasIndex(p => p.Key).IsUnique();
        b.Property(p => p.AltText).HasMaxLength(TextLimits.AltText);
        b.HasIndex(p => new { p.ItemId, p.SortOrder });
    }
}

internal sealed class SearchVocabularyConfiguration : IEntityTypeConfiguration<SearchVocabulary>
{
    public void Configure(EntityTypeBuilder<SearchVocabulary> b)
    {
        b.HasKey(v => v.Term);
        b.Property(v => v.Term).HasMaxLength(100);
        b.Property(v => v.Reversed).HasMaxLength(100);
        b.HasIndex(v => v.Reversed);
    }
}
