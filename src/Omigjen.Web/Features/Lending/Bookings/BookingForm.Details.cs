using System.Globalization;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>The booking form's check of the times, the co-borrower and the mobile number.</summary>
public sealed partial class BookingForm
{
    /// <summary>Checks the times, the co-borrower and the mobile number (after <see cref="CheckDates"/>).</summary>
    public void CheckDetails(bool hoursKnown)
    {
        PickupTime = ParseTime(PickupTimeText);
        ReturnTime = ParseTime(ReturnTimeText);
        if (DatesReady)
        {
            CheckTime(PickupTimeField, PickupTimeText, PickupTime, PickupTimes, hoursKnown,
                      ("Hentetid", "Pickup time"));
            CheckTime(ReturnTimeField, ReturnTimeText, ReturnTime, ReturnTimes, hoursKnown,
                      ("Innleveringstid", "Return time"));
            if (From == To && PickupTime is { } p && ReturnTime is { } r && r <= p)
                AddError(ReturnTimeField, "Innleveringstid: må være etter hentetiden samme dag.", "Return time: must be after the pickup time on the same day.");
        }

        if (ForOther)
        {
            if (OtherName.Length == 0)
                AddError(OtherNameField, "Navn på den du låner for: skriv navnet.", "Name of the person you borrow for: enter the name.");
            else if (OtherName.Length > 100)
                AddError(OtherNameField, "Navn på den du låner for: høyst 100 tegn.", "Name of the person you borrow for: at most 100 characters.");
            if (OtherAgeText.Length > 0)
            {
                if (int.TryParse(OtherAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= MaxChildAge)
                    OtherAge = age;
                else
                    AddError(OtherAgeField, $"Alder: skriv et helt tall fra 0 til {MaxChildAge} for et barn, eller la feltet stå tomt for en voksen.",
                               $"Age: enter a whole number from 0 to {MaxChildAge} for a child, or leave the field empty for an adult.");
            }
        }

        if (Phone.Length > 0 && Infrastructure.Sms.SmsNumbers.Normalize(Phone) is null)
            AddError(PhoneField, "Mobilnummer: skriv 8 sifre, for eksempel 412 34 567, eller med landskode (+47).",
                       "Mobile number: enter 8 digits, for example 412 34 567, or with the country code (+47).");
    }

    private void CheckTime(string field, string text, TimeOnly? time, IReadOnlyList<TimeOnly> offered, bool hoursKnown, (string Nb, string En) name)
    {
        if (text.Length == 0)
            AddError(field, $"{name.Nb}: velg et klokkeslett.", $"{name.En}: choose a time.");
        else if (time is null)
            AddError(field, $"{name.Nb}: skriv klokkeslettet som tt:mm.", $"{name.En}: write the time as hh:mm.");
        // A time within known hours that is not in the list is left to the booking rules, which say when the place is open.
        else if (!hoursKnown && !offered.Contains(time.Value))
            AddError(field, $"{name.Nb}: velg en tid mellom kl. {TimeText.Clock(UnknownHoursFrom, false)} og {TimeText.Clock(UnknownHoursTo, false)}.",
                       $"{name.En}: choose a time between {TimeText.Clock(UnknownHoursFrom, true)} and {TimeText.Clock(UnknownHoursTo, true)}.");
    }
}
