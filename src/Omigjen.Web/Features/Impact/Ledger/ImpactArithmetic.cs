using Omigjen.Web.Features.Impact.Factors;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>
/// The open method's arithmetic, pure: waste kept from the bin = the weight; CO2e avoided = units × avoided per unit,
/// where a unit is an item or a kilogram as the factor says. Results are whole grams, rounded half away from zero.
/// </summary>
public static class ImpactArithmetic
{
    public readonly record struct Result(long WeightGrams, WeightSource WeightSource, long Co2eGrams);

    /// <param name="quantity">Units (items).</param>
    /// <param name="unitWeightKg">The weight of one unit when known (entered or weighed); null uses the factor's average.</param>
    public static Result Compute(Factor factor, int quantity, decimal? unitWeightKg, WeightSource knownSource = WeightSource.Entered)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var source = unitWeightKg is > 0 ? knownSource : WeightSource.CategoryAverage;
        var kg = quantity * (unitWeightKg is > 0 ? unitWeightKg.Value : factor.AverageWeightKg);
        var co2 = factor.Unit == FactorUnit.PerKg ? kg * factor.AvoidedKgCo2e : quantity * factor.AvoidedKgCo2e;
        return new(Grams(kg), source, Grams(co2));
    }

    /// <summary>Recomputes CO2e under another factor: measured kilograms stay, estimated ones take the new average.</summary>
    public static long Co2eGrams(Factor factor, int quantity, long measuredGrams, int estimatedQuantity)
    {
        var kg = measuredGrams / 1000m + estimatedQuantity * factor.AverageWeightKg;
        return Grams(factor.Unit == FactorUnit.PerKg ? kg * factor.AvoidedKgCo2e : quantity * factor.AvoidedKgCo2e);
    }

    public static long Grams(decimal kg) => (long)Math.Round(kg * 1000m, MidpointRounding.AwayFromZero);
}
