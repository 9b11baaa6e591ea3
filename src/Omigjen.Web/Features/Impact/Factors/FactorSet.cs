using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Factors;

/// <summary>
/// A versioned, cited set of impact factors. An act is computed with the set valid at its time and keeps that version
/// for good; a newer set changes only later acts, and reports can be recomputed under another set on request.
/// </summary>
public sealed class FactorSet
{
    public int Version { get; set; }
    public required string Name { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>The first day (municipal time) acts are computed with this set.</summary>
    public DateOnly ValidFrom { get; set; }

    public DateTime LoadedAt { get; set; }
    public List<Factor> Factors { get; set; } = [];
}

/// <summary>EU Commission Implementing Decision (EU) 2021/19: the five product categories reuse is reported in.</summary>
public enum EuReuseCategory
{
    Textiles, ElectricalElectronic, Furniture, Construction, Other,
}

public enum FactorUnit
{
    PerItem, PerKg,
}

/// <summary>One row of a factor set: what one unit (an item or a kilogram) of a category avoids in one activity.</summary>
public sealed class Factor
{
    public int Id { get; set; }
    public int FactorSetVersion { get; set; }
    public GoodsCategory Category { get; set; }
    public EuReuseCategory EuCategory { get; set; }
    public ImpactActivity Activity { get; set; }
    public FactorUnit Unit { get; set; }

    /// <summary>Average weight of one item in kg, used when an item's own weight is not known.</summary>
    public decimal AverageWeightKg { get; set; }

    /// <summary>Production (pre-use) footprint in kg CO2e per unit.</summary>
    public decimal PreUseKgCo2e { get; set; }

    /// <summary>Share of acts assumed to replace a new purchase (0.5 in the open method).</summary>
    public decimal Displacement { get; set; }

    /// <summary>kg CO2e avoided per unit: <see cref="PreUseKgCo2e"/> × <see cref="Displacement"/>.</summary>
    public decimal AvoidedKgCo2e { get; set; }

    public required string Source { get; set; }
    public string SourceLocation { get; set; } = "";
    public string Licence { get; set; } = "";
    public string DataQuality { get; set; } = "";

    /// <summary>True when the factor stands in for the category rather than measuring it.</summary>
    public bool Proxy { get; set; }
}
