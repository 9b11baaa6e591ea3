namespace Omigjen.Web.Features.Initiatives;

public sealed class ContactInfo
{
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Social { get; set; }
}
