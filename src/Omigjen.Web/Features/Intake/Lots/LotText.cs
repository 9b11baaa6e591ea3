using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>What the station screen says about a lot, in short easy-read sentences.</summary>
public static class LotText
{
    public static string Confirmation(LotReceipt r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var what = r.Safety is { } s ? SafetyRefusals.Of(s).Label : IntakeCategories.Of(r.Category).Label;
        var kg = LotForm.Number(r.WeightKg);
        var weight = r.WeightSource == WeightSource.Weighed ? L.T($"{kg} kg", $"{kg} kg") : L.T($"cirka {kg} kg", $"about {kg} kg");
        return r.Safety is null
            ? L.T($"Registrert: {r.Count} × {what}, {weight}.", $"Registered: {r.Count} × {what}, {weight}.")
            : L.T($"Registrert som avvist: {r.Count} × {what}. Legg det til gjenvinning.", $"Registered as refused: {r.Count} × {what}. Put it to recycling.");
    }

    public static string Summary(IntakeLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var what = lot.Safety is { } s ? SafetyRefusals.Of(s).Label : IntakeCategories.Of(lot.Category).Label;
        return $"{lot.Count} × {what}";
    }
}
