namespace Omigjen.Web.Features.Initiatives;

/// <summary>Used goods lack the usual consumer rights; each actor states its own terms.</summary>
public sealed class ConsumerTerms
{
    public LocalizedText Returns { get; set; } = new();
    public LocalizedText Complaints { get; set; } = new();
    public LocalizedText Warranty { get; set; } = new();
    public LocalizedText FreeServices { get; set; } = new();
}
