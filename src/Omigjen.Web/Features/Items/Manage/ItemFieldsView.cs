using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>What the shared item fields need: the form, its errors, the initiative's places, and whether it is the full edit form.</summary>
public sealed record ItemFieldsView(ItemForm Form, FormErrors Errors, IReadOnlyList<InitiativeLocation> Locations, bool Editing)
{
    public string? Invalid(string id) => Errors.For(id) is null ? null : "true";

    public string? DescribedBy(string id, string? help = null)
    {
        var ids = new[] { help, Errors.For(id) is null ? null : id + "-error" }.Where(x => x is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }
}
