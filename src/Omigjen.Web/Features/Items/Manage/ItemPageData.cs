using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>Look-ups shared by the item pages.</summary>
public static class ItemPageData
{
    /// <summary>The initiative's places in a stable order: the first is the default.</summary>
    public static List<InitiativeLocation> Places(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Locations.OrderBy(l => l.Id).ToList();
    }
}
