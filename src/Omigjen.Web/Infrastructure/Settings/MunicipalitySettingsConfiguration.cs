using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Infrastructure.Settings;

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
