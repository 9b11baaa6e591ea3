using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>What the shared item fields need: the form, the initiative's places, and whether it is the full edit form.</summary>
public sealed record ItemFieldsView(ItemForm Form, IReadOnlyList<InitiativeLocation> Locations, bool Editing);
