namespace Omigjen.Web.Features.Repair.Log;

/// <summary>What the repair form's fields need: the values and the categories to offer first.</summary>
public sealed record RepairFieldsView(RepairForm Form, IReadOnlyList<RepairCategory> MostUsed);
