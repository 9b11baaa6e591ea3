using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.OpeningHours;

namespace Omigjen.Web.Infrastructure.Outbox;

public sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public const int MaxErrorLength = 2000;

    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var b = builder;
        b.Property(n => n.Kind).HasMaxLength(100);
        b.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.Recipient).HasMaxLength(320);
        b.Property(n => n.Language).HasConversion(l => l == Language.En ? "en" : "nb", s => s == "en" ? Language.En : Language.Nb).HasMaxLength(2);
        b.Property(n => n.ClaimedBy).HasMaxLength(200);
        b.Property(n => n.LastError).HasMaxLength(MaxErrorLength);
        // The sender's question: not sent, not given up, due. The administration page's: given up, newest first.
        b.HasIndex(n => new { n.SentAt, n.FailedAt, n.NextAttemptAt });
        b.HasIndex(n => n.FailedAt);
    }
}
