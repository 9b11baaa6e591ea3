using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives;

public sealed class ContactInfo
{
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Social { get; set; }

    /// <summary>What pages and the API show: the links only when they are safe http(s) addresses (<see cref="WebLinks"/>).</summary>
    public ContactInfo Published() => new() { Phone = Phone, Email = Email, Website = WebLinks.Normalize(Website), Social = WebLinks.Normalize(Social) };
}
