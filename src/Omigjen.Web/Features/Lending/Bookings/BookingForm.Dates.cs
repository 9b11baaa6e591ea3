using System.Globalization;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>The booking form's check of the dates.</summary>
public sealed partial class BookingForm
{
    /// <summary>
    /// Checks the dates against the place and the type's terms and lists the times they offer. Errors go on the date
    /// fields: missing or unreadable, in the past, beyond the booking horizon, return before pickup, longer than
    /// <paramref name="maxDays"/>, and a day the place is closed, with the reason ("Stengt 17. mai (Grunnlovsdagen).").
    /// </summary>
    public void CheckDates(LendingPlace place, DateTimeOffset now, TimeZoneInfo zone, int maxDays, int leadTimeHours)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var last = today.AddDays(Availability.HorizonDays);
        From = ParseDate(FromText);
        To = ParseDate(ToText);
        if (FromText.Length == 0)
            AddError(FromField, "Hentedato: velg dagen du vil hente.", "Pickup date: choose the day you want to pick up.");
        else if (From is null)
            AddError(FromField, "Hentedato: skriv datoen som dd.mm.åååå.", "Pickup date: write the date as dd.mm.yyyy.");
        if (ToText.Length == 0)
            AddError(ToField, "Innleveringsdato: velg dagen du leverer tilbake.", "Return date: choose the day you bring it back.");
        else if (To is null)
            AddError(ToField, "Innleveringsdato: skriv datoen som dd.mm.åååå.", "Return date: write the date as dd.mm.yyyy.");
        if (From is not { } from || To is not { } to) return;

        var fromOk = true;
        var toOk = true;
        if (from < today)
        {
            AddError(FromField, $"Hentedato: {DateNb(from)} har allerede vært.", $"Pickup date: {DateEn(from)} is in the past.");
            fromOk = false;
        }
        else if (from > last)
        {
            AddError(FromField, $"Hentedato: du kan bestille høyst {Availability.HorizonDays / 7} uker fram, til {DateNb(last)}.",
                       $"Pickup date: you can book at most {Availability.HorizonDays / 7} weeks ahead, until {DateEn(last)}.");
            fromOk = false;
        }
        if (to < today)
        {
            AddError(ToField, $"Innleveringsdato: {DateNb(to)} har allerede vært.", $"Return date: {DateEn(to)} is in the past.");
            toOk = false;
        }
        else if (to > last.AddDays(maxDays))
        {
            AddError(ToField, $"Innleveringsdato: kan ikke være senere enn {DateNb(last.AddDays(maxDays))}.",
                       $"Return date: cannot be later than {DateEn(last.AddDays(maxDays))}.");
            toOk = false;
        }
        else if (to < from)
        {
            AddError(ToField, "Innleveringsdato: må være samme dag som hentingen eller senere.", "Return date: must be the day of the pickup or later.");
            toOk = false;
        }
        else if (to.DayNumber - from.DayNumber > maxDays)
        {
            var max = maxDays.ToString(CultureInfo.InvariantCulture);
            var asked = (to.DayNumber - from.DayNumber).ToString(CultureInfo.InvariantCulture);
            AddError(ToField, $"Innleveringsdato: et lån kan vare høyst {max} dager, ikke {asked}.",
                       $"Return date: a loan can last at most {max} days, not {asked}.");
            toOk = false;
        }

        if (fromOk)
        {
            var earliest = now.AddHours(Math.Max(0, leadTimeHours));
            var pickup = PickupTimesOn(from, place, zone);
            if (pickup.Count == 0 && place.Schedule is not null)
            {
                var (nb, en) = BookingRules.ClosedReason(from, place.Schedule, place.Context);
                AddError(FromField, $"Hentedato: {nb} Velg en annen dag.", $"Pickup date: {en} Choose another day.");
                fromOk = false;
            }
            else
            {
                PickupTimes = pickup.Where(t => LocalTime.Instant(from.ToDateTime(t), zone) >= earliest).ToList();
                if (PickupTimes.Count == 0)
                {
                    AddError(FromField, $"Hentedato: det er ingen hentetider igjen {DateNb(from)}. Velg en senere dag.",
                               $"Pickup date: there are no pickup times left on {DateEn(from)}. Choose a later day.");
                    fromOk = false;
                }
            }
        }
        if (toOk)
        {
            ReturnTimes = ReturnTimesOn(to, place, zone);
            if (ReturnTimes.Count == 0 && place.Schedule is not null)
            {
                var (nb, en) = BookingRules.ClosedReason(to, place.Schedule, place.Context);
                AddError(ToField, $"Innleveringsdato: {nb} Velg en annen dag.", $"Return date: {en} Choose another day.");
                toOk = false;
            }
        }
        DatesReady = fromOk && toOk;
    }
}
